using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The people a round of an alert reaches, as the organisation stands now (active staff only): the client's clinician;
/// the clinician's supervisor; the on-call contacts of the alert's policy, with the supervisor; everyone of those. When
/// a round would reach nobody (no supervisor, nobody on call, the clinician deactivated) it falls back to the
/// supervisor, then the on-call contacts, then the organisation's administrators, so every round reaches someone.
/// With the organisation's coverage set, whoever the rota has on call at that hour joins the on-call round, and outside
/// the service hours the first round too: out of hours an alert goes at once to the on-call of that hour.
/// </summary>
public sealed class AlertRecipients(IPortalDbContext db)
{
    public async Task<IReadOnlyList<UserId>> ResolveAsync(Alert alert, EscalationTarget target, DateTimeOffset now, CancellationToken ct)
    {
        var org = alert.OrganizationId;
        var coverage = await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.Coverage).FirstAsync(ct);
        var rota = coverage?.OnCallAt(now).Select(id => new UserId(id)).ToList() ?? [];
        var outOfHours = coverage is not null && !coverage.IsOpen(now);
        var care = await db.Clients.Where(c => c.Id == alert.ClientId)
            .Select(c => new { c.ClinicianId, SupervisorId = db.Staff.Where(s => s.Id == c.ClinicianId).Select(s => s.SupervisorId).FirstOrDefault() })
            .FirstAsync(ct);
        var onCall = alert.Policy.OnCallUserIds.Select(id => new UserId(id)).ToList();
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.OrganizationId == org && s.DeactivatedAt == null &&
                        (s.Id == care.ClinicianId || s.Id == care.SupervisorId || s.Role == Role.OrgAdmin || onCall.Contains(s.Id) || rota.Contains(s.Id)))
            .Select(s => new { s.Id, s.Role })
            .ToListAsync(ct);

        List<UserId> Having(Func<UserId, Role, bool> match) => staff.Where(s => match(s.Id, s.Role)).Select(s => s.Id).ToList();
        var clinician = Having((id, _) => id == care.ClinicianId);
        var supervisor = Having((id, _) => id == care.SupervisorId);
        var onCallActive = Having((id, _) => onCall.Contains(id));
        var administrators = Having((_, role) => role == Role.OrgAdmin);
        var onRota = Having((id, _) => rota.Contains(id));

        IEnumerable<UserId> chosen = target switch
        {
            EscalationTarget.Clinician => outOfHours ? clinician.Concat(onRota) : clinician,
            EscalationTarget.Supervisor => supervisor,
            EscalationTarget.OnCall => onCallActive.Concat(onRota).Concat(supervisor),
            _ => clinician.Concat(supervisor).Concat(onCallActive).Concat(onRota),
        };

        var people = chosen.Distinct().ToList();
        if (people.Count == 0)
        {
            people = new[] { supervisor, onCallActive, administrators }.FirstOrDefault(g => g.Count > 0) ?? [];
        }

        return people.Distinct().OrderBy(p => p.Value).ToList();
    }
}
