using System.Globalization;
using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// What the client's pages share: the client (a 404 page outside reach, as <see cref="GetClient"/> decides, and for
/// anyone but staff), the caller's role to show only the forms their role may send (the requests' own
/// <c>AllowedRoles</c>), and post, redirect, get with the Application's message and field errors.
/// </summary>
public abstract class ClientPageModel(IMediator mediator) : FormPageModel(mediator)
{
    public Guid ClientId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The client's today, in their time zone: the dates the forms offer are the client's days.</summary>
    public DateOnly Today { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public Role? Role { get; private set; }

    /// <summary>How to reach the client in a crisis (phone, emergency contact), when any is on record.</summary>
    public ClientContactResponse? Contact { get; private set; }

    /// <summary>True when the caller's role may send <typeparamref name="TRequest"/>: the Application's rule, not the page's.</summary>
    public bool Can<TRequest>() where TRequest : IAuthorized => Role is { } role && TRequest.AllowedRoles.Contains(role);

    /// <summary>A field's messages with the id its aria-describedby names.</summary>
    public FieldErrors FieldErrors(string field) => new("err-" + field.Replace('[', '-').Replace(']', '-').Replace('.', '-'), ErrorsOf(field));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Loads the client and the caller; false when the client is outside reach (the page answers 404).</summary>
    protected async Task<bool> LoadClientAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        // The client's pages are the care team's (the Application's staff roles); a client reaching their own record
        // gets a 404 page, before the record is read.
        var me = await Mediator.Send(new GetMe(), ct);
        if (!me.IsSuccess || !Allowed.Staff.Contains(me.Value.Role))
        {
            return false;
        }

        var client = await Mediator.Send(new GetClient(id), ct);
        if (!client.IsSuccess)
        {
            return false;
        }

        ClientId = id;
        Name = $"{client.Value.GivenName} {client.Value.FamilyName}";
        Zone = TimeZoneInfo.FindSystemTimeZoneById(client.Value.TimeZone);
        Today = HomeworkStatuses.LocalDate(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), Zone);
        Role = me.Value.Role;
        Contact = client.Value.Contact;
        return true;
    }

    /// <summary>Sends a command: done, the message and a redirect (post, redirect, get: a reload does not act twice).</summary>
    protected async Task<IActionResult> ActAsync<T>(Guid id, ValueTask<Result<T>> action, string done, Func<Guid, Task<IActionResult>> show) =>
        await AfterAsync(await action, _ => done, () => show(id), new { id });

    /// <summary>Sends a command: done, what <paramref name="done"/> answers; else as <see cref="FormPageModel.AfterAsync{T}(Result{T}, Func{T, IActionResult}, Func{Task{IActionResult}})"/>.</summary>
    protected async Task<IActionResult> ActAsync<T>(Guid id, ValueTask<Result<T>> action, Func<T, IActionResult> done, Func<Guid, Task<IActionResult>> show) =>
        await AfterAsync(await action, done, () => show(id));
}
