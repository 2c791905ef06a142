using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>Builds alert responses: the client's name, the next pending deadline and, for one alert, its timeline with actors named.</summary>
public sealed class AlertReader(IPortalDbContext db, IHealthTextProtector text, TimeProvider clock)
{
    /// <summary>
    /// The response of one alert (tracked or not, loaded with its pending deadlines) with its full timeline and, for
    /// answers that screen for suicide risk, where the follow-up screen stands.
    /// </summary>
    public async Task<AlertResponse> ReadAsync(Alert alert, CancellationToken ct)
    {
        var events = await db.AlertEvents.AsNoTracking().Where(e => e.AlertId == alert.Id).ToListAsync(ct);
        // Entries added by this request are not saved yet: they are on the tracked alert.
        var all = events.Concat(alert.Events.Where(e => events.All(saved => saved.Id != e.Id)))
            .OrderBy(e => e.Sequence).ToList();
        // Texts queued by this request are not saved yet either: they are tracked.
        var savedTexts = await db.Notifications.AsNoTracking().Where(n => n.AlertId == alert.Id && n.Text != null).ToListAsync(ct);
        var texts = savedTexts.Concat(db.Notifications.Local.Where(n => n.AlertId == alert.Id && n.Text != null && savedTexts.All(s => s.Id != n.Id)))
            .OrderBy(n => n.Round).ThenBy(n => n.RecipientUserId.Value).ToList();
        var people = all.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value)
            .Concat(texts.Select(n => n.RecipientUserId)).Distinct().ToList();
        var names = await NamesAsync(alert.OrganizationId, people, ct);
        var (client, next) = await ClientAndNextAsync(alert, ct);
        var timeline = all.Select(e => new AlertEventResponse(
            e.Kind.ToString(), e.At,
            new AlertActorResponse(e.ActorUserId?.Value, e.ActorUserId is { } u ? names.GetValueOrDefault(u) : null, e.ActorSystem),
            e.Tier?.ToString(), e.Round, e.Target?.ToString(), e.Source?.ToString(), e.ReferenceId, e.Codes,
            e.TextProtected is null ? null : text.UnprotectOrNotice(e.TextProtected),
            e.Disposition?.ToString(), e.RecipientIds, e.DueAt, e.Channel?.ToString(), e.Missed?.ToString())).ToList();
        // Everyone who reads one alert is someone it reaches (its clinician, those it escalated to, the team's
        // supervisor, an administrator): they are the people who must be able to call the client. The read is audited.
        var screening = await ScreeningFollowUpResponse.ForAsync(db, alert, all, ct);
        // Planned by this request (a resolve) or earlier: both, once.
        var saved = await db.CaringContacts.AsNoTracking().Where(c => c.AlertId == alert.Id).ToListAsync(ct);
        var planned = db.CaringContacts.Local.Where(c => c.AlertId == alert.Id && saved.All(s => s.Id != c.Id));
        var now = clock.GetUtcNow();
        return AlertResponse.From(alert, client.Name, next, timeline, text, screening) with
        {
            ClientContact = ClientContactResponse.Read(text, client.PhoneProtected, client.EmergencyContactProtected),
            FollowUps = saved.Concat(planned).OrderBy(c => c.DueAt).ThenBy(c => c.Kind).Select(c => CaringContactResponse.From(c, now)).ToList(),
            Texts = texts.Select(n => new AlertTextResponse(
                n.Round, n.RecipientUserId.Value, names.GetValueOrDefault(n.RecipientUserId), n.Text!.Value.ToString(), n.TextAt)).ToList(),
        };
    }

    /// <summary>
    /// A refused decision: a stale one (<see cref="Alert.Changed"/>) carries the current alert, so the caller sees what
    /// changed before deciding again; any other refusal is returned as it is.
    /// </summary>
    public async Task<Error> RefusalAsync(Alert alert, Error refusal, CancellationToken ct) =>
        refusal.Code != Alert.Changed
            ? refusal
            : refusal with { Details = new Dictionary<string, object>(refusal.Details) { ["alert"] = await ReadAsync(alert, ct) } };

    /// <summary>Responses without timelines, for a list (two more queries, whatever its length).</summary>
    public async Task<IReadOnlyList<AlertResponse>> SummariesAsync(IReadOnlyList<Alert> alerts, CancellationToken ct)
    {
        var clientIds = alerts.Select(a => a.ClientId).Distinct().ToList();
        var alertIds = alerts.Select(a => a.Id).ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.GivenName + " " + c.FamilyName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var next = await db.AlertDeadlines.AsNoTracking()
            .Where(d => alertIds.Contains(d.AlertId) && d.FiredAt == null && d.CancelledAt == null)
            .GroupBy(d => d.AlertId).Select(g => new { g.Key, Due = g.Min(d => d.DueAt) })
            .ToDictionaryAsync(x => x.Key, x => x.Due, ct);
        return alerts.Select(a => AlertResponse.From(a, clients.GetValueOrDefault(a.ClientId) ?? string.Empty,
            next.TryGetValue(a.Id, out var due) ? due : null, null, text)).ToList();
    }

    private async Task<((string Name, string? PhoneProtected, string? EmergencyContactProtected) Client, DateTimeOffset? Next)> ClientAndNextAsync(
        Alert alert, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == alert.ClientId)
            .Select(c => new { Name = c.GivenName + " " + c.FamilyName, c.PhoneProtected, c.EmergencyContactProtected }).FirstAsync(ct);
        return ((client.Name, client.PhoneProtected, client.EmergencyContactProtected),
            alert.Deadlines.Where(d => d.IsPending).Select(d => (DateTimeOffset?)d.DueAt).Min());
    }

    /// <summary>Display names of the organisation's people: staff by their record, clients by theirs.</summary>
    private async Task<Dictionary<UserId, string>> NamesAsync(OrganizationId org, IReadOnlyList<UserId> people, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.OrganizationId == org && people.Contains(s.Id))
            .Select(s => new { s.Id, s.DisplayName }).ToListAsync(ct);
        var clients = await db.Clients.AsNoTracking().Where(c => c.OrganizationId == org && people.Contains(c.UserId))
            .Select(c => new { c.UserId, Name = c.GivenName + " " + c.FamilyName }).ToListAsync(ct);
        var names = staff.ToDictionary(s => s.Id, s => s.DisplayName);
        foreach (var client in clients)
        {
            names.TryAdd(client.UserId, client.Name);
        }

        return names;
    }
}
