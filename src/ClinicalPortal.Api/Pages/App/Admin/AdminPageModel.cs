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
/// for the page to show next to its inputs.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public abstract class AdminPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>What the last action did, carried over the redirect (post, redirect, get: a reload does not act twice).</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>Why the last action was refused, shown on the page it was sent from.</summary>
    public string? Problem { get; private set; }

    /// <summary>The refused request's messages by field (camelCase, as the API names them: <c>email</c>, <c>onCallUserIds[0]</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The messages of one field and of its parts (<c>acknowledgeWithinMinutes</c> also takes <c>acknowledgeWithinMinutes.High</c>).</summary>
    public IReadOnlyList<string> ErrorsFor(string field) => Errors
        .Where(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)
                    || (e.Key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && e.Key.Length > field.Length && e.Key[field.Length] is '.' or '['))
        .SelectMany(e => e.Value)
        .ToList();

    /// <summary>The organisation's staff, active and deactivated, once <see cref="LoadStaffAsync"/> read them.</summary>
    public IReadOnlyList<StaffResponse> Staff { get; private set; } = [];

    /// <summary>The active supervisors, for a supervisor choice.</summary>
    public IEnumerable<StaffResponse> Supervisors => Staff.Where(s => s.Active && s.Role == Role.Supervisor);

    /// <summary>A staff member's name by id; null for anyone else (a client's login, nobody).</summary>
    public string? NameOf(Guid? id) => Staff.FirstOrDefault(s => s.Id == id)?.DisplayName;

    /// <summary>The field's messages for the shared <c>_FieldErrors</c> partial, under the id <see cref="DescribedBy"/> names.</summary>
    public FieldErrors FieldErrorsOf(string field) => new(field + "-error", ErrorsFor(field));

    /// <summary>The id of the field's message element for <c>aria-describedby</c>, when it has one (see <c>_FieldErrors</c>).</summary>
    public string? DescribedBy(string field) => ErrorsFor(field).Count > 0 ? field + "-error" : null;

    /// <summary><c>aria-invalid</c> of a refused field.</summary>
    public string? Invalid(string field) => ErrorsFor(field).Count > 0 ? "true" : null;

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

    /// <summary>
    /// After a form's request: on success post, redirect, get (a reload does not act twice) with what was done; on a
    /// refusal the page <paramref name="again"/> with the messages by field; outside reach (or a role) a 404 page.
    /// </summary>
    protected async Task<IActionResult> AfterAsync<T>(Result<T> result, Func<T, string> done, Func<Task<IActionResult>> again, object? route = null)
    {
        if (result.IsSuccess)
        {
            Done = done(result.Value);
            return RedirectToPage(route);
        }

        return Show(result.Error!) ? await again() : NotFound();
    }

    /// <summary>Keeps a refused request's message and field messages for the page; false when the refusal is a 404 (outside reach, or a role).</summary>
    protected bool Show(Error error)
    {
        if (error.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return false;
        }

        Problem = error.Message;
        Errors = error.Fields;
        return true;
    }
}
