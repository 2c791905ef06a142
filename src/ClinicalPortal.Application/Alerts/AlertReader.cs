using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>Builds alert responses: the client's name, the next pending deadline and, for one alert, its timeline with actors named.</summary>
public sealed class AlertReader(IPortalDbContext db)
{
    /// <summary>The response of one alert (tracked or not, loaded with its pending deadlines) with its full timeline.</summary>
    public async Task<AlertResponse> ReadAsync(Alert alert, CancellationToken ct)
    {
        var events = await db.AlertEvents.AsNoTracking().Where(e => e.AlertId == alert.Id).ToListAsync(ct);
        // Entries added by this request are not saved yet: they are on the tracked alert.
        var all = events.Concat(alert.Events.Where(e => events.All(saved => saved.Id != e.Id)))
            .OrderBy(e => e.Sequence).ToList();
        var people = all.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var names = await NamesAsync(alert.OrganizationId, people, ct);
        var (clientName, next) = await ClientAndNextAsync(alert, ct);
        var timeline = all.Select(e => new AlertEventResponse(
            e.Kind.ToString(), e.At,
            new AlertActorResponse(e.ActorUserId?.Value, e.ActorUserId is { } u ? names.GetValueOrDefault(u) : null, e.ActorSystem),
            e.Tier?.ToString(), e.Round, e.Target?.ToString(), e.Source?.ToString(), e.ReferenceId, e.Codes, e.Text,
            e.Disposition?.ToString(), e.RecipientIds, e.DueAt)).ToList();
        return AlertResponse.From(alert, clientName, next, timeline);
    }

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
            next.TryGetValue(a.Id, out var due) ? due : null, null)).ToList();
    }

    private async Task<(string ClientName, DateTimeOffset? Next)> ClientAndNextAsync(Alert alert, CancellationToken ct)
    {
        var name = await db.Clients.AsNoTracking().Where(c => c.Id == alert.ClientId)
            .Select(c => c.GivenName + " " + c.FamilyName).FirstAsync(ct);
        return (name, alert.Deadlines.Where(d => d.IsPending).Select(d => (DateTimeOffset?)d.DueAt).Min());
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
