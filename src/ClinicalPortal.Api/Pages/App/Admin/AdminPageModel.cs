using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Application.Staff;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// What every page under /app/admin shares. The pages are the administrator's: anyone else gets a 404 page before any
/// handler runs, also where a request alone would answer them (<c>ListStaff</c> answers a supervisor too). The requests
/// still check their own roles, reach and audit, as in the API. A refused request's field messages are kept by field
/// for the page to show next to its inputs (<see cref="FormPageModel"/>).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public abstract class AdminPageModel(IMediator mediator) : FormPageModel(mediator)
{
    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The organisation's staff, active and deactivated, once <see cref="LoadStaffAsync"/> read them.</summary>
    public IReadOnlyList<StaffResponse> Staff { get; private set; } = [];

    /// <summary>The active supervisors, for a supervisor choice.</summary>
    public IEnumerable<StaffResponse> Supervisors => Staff.Where(s => s.Active && s.Role == Role.Supervisor);

    /// <summary>A staff member's name by id; null for anyone else (a client's login, nobody).</summary>
    public string? NameOf(Guid? id) => Staff.FirstOrDefault(s => s.Id == id)?.DisplayName;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var me = await Mediator.Send(new GetMe(), Aborted);
        if (!me.IsSuccess || !Allowed.Administrators.Contains(me.Value.Role))
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    /// <summary>Reads the staff (<see cref="ListStaff"/>); false when the request is refused.</summary>
    protected async Task<bool> LoadStaffAsync()
    {
        var staff = await Mediator.Send(new ListStaff(), Aborted);
        Staff = staff.IsSuccess ? staff.Value : [];
        return staff.IsSuccess;
    }
}
