using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>The administrator's overview: where staff, the escalation policy and the audit trail are kept.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IActionResult OnGet() => Page();
}
