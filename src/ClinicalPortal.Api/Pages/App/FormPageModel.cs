using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// What the staff pages' forms share (the client's pages under /app/clients/{id}, the administrator's under
/// /app/admin): post, redirect, get on success, with what was done carried over the redirect; a refusal shown on the
/// page it came from, in the Application's words and by field; outside reach (or a role), a 404 page.
/// </summary>
public abstract class FormPageModel(IMediator mediator) : PageModel
{
    /// <summary>What a form refused for its fields says above them.</summary>
    public const string FieldsRefused = "Nothing was saved: see the fields marked below.";

    protected IMediator Mediator { get; } = mediator;

    /// <summary>What the last action did, carried over the redirect (a reload does not act twice).</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>Why the last action was refused, in the Application's words (the fields' own messages are in <see cref="Errors"/>).</summary>
    public string? Problem { get; protected set; }

    /// <summary>The refused request's messages by field, as the API names them (<c>email</c>, <c>items[0].end</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The messages of exactly this field (<c>items</c> does not take <c>items[0].end</c>).</summary>
    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>The messages of one field and of its parts (<c>acknowledgeWithinMinutes</c> also takes <c>acknowledgeWithinMinutes.High</c>).</summary>
    public IReadOnlyList<string> ErrorsFor(string field) => Errors
        .Where(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)
                    || (e.Key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && e.Key.Length > field.Length && e.Key[field.Length] is '.' or '['))
        .SelectMany(e => e.Value)
        .ToList();

    /// <summary>The field's messages for the shared <c>_FieldErrors</c> partial, under the id <see cref="DescribedBy"/> names.</summary>
    public FieldErrors FieldErrorsOf(string field) => new(field + "-error", ErrorsFor(field));

    /// <summary>The id of the field's message element for <c>aria-describedby</c>, when it has one (see <c>_FieldErrors</c>).</summary>
    public string? DescribedBy(string field) => ErrorsFor(field).Count > 0 ? field + "-error" : null;

    /// <summary><c>aria-invalid</c> of a refused field.</summary>
    public string? Invalid(string field) => ErrorsFor(field).Count > 0 ? "true" : null;

    /// <summary>
    /// After a form's request: done, what <paramref name="done"/> answers; outside reach or role, a 404 page (nothing
    /// changed); refused, the page <paramref name="again"/> with the Application's message and field messages.
    /// </summary>
    protected async Task<IActionResult> AfterAsync<T>(Result<T> result, Func<T, IActionResult> done, Func<Task<IActionResult>> again) =>
        result.IsSuccess ? done(result.Value) : Keep(result.Error!) ? await again() : NotFound();

    /// <summary>After a form's request: done, what was done in words and a redirect to <paramref name="route"/>; else as above.</summary>
    protected Task<IActionResult> AfterAsync<T>(Result<T> result, Func<T, string> done, Func<Task<IActionResult>> again, object? route = null) =>
        AfterAsync(result, value =>
        {
            Done = done(value);
            return RedirectToPage(route);
        }, again);

    /// <summary>Keeps a refused request's message and field messages for the page; false when the refusal is a 404 (outside reach, or a role).</summary>
    protected bool Keep(Error error)
    {
        if (error.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return false;
        }

        // A request's summary of field errors is written for API callers; the page marks the fields themselves.
        Problem = error.Kind == ErrorKind.Validation && error.Fields.Count > 0 ? FieldsRefused : error.Message;
        Errors = error.Fields;
        return true;
    }
}
