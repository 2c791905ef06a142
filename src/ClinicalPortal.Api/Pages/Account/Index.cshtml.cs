using ClinicalPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.Account;

/// <summary>Where a person lands after signing in without a return address: who they are signed in as, and where to go.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public MeResponse? Me { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var me = await mediator.Send(new GetMe(), HttpContext.RequestAborted);
        if (!me.IsSuccess)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return RedirectToPage("/Account/Login");
        }

        Me = me.Value;
        return Page();
    }
}
