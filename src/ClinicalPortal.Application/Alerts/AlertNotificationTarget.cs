using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Who a notification's e-mail or text goes to, and whether it should still go, as the handlers of both channels read it
/// when they send (the channel may have been down for a while): the one rule for a message that became wrong meanwhile,
/// and the one sentence both say. Ids, the tier and the recipient's addresses only: nothing about the client.
/// </summary>
public sealed record AlertNotificationTarget(
    AlertId AlertId, ClientId ClientId, UserId RecipientId, RiskTier Tier, AlertDeadlineKind? Missed, AlertStatus Status,
    string Email, string? PhoneProtected, bool RecipientActive)
{
    /// <summary>
    /// Not to be sent any more: the recipient was deactivated since, the alert was resolved, or it asked for an
    /// acknowledgement that has been given since (a new trigger or a follow-up opens the alert again first, so no clocks of
    /// different instances are compared). A missed first contact or resolution is sent while the alert is acknowledged:
    /// that is when it applies. The inbox entry stays either way.
    /// </summary>
    public bool Moot => !RecipientActive || Status == AlertStatus.Resolved || (Status != AlertStatus.Open && Missed == null);

    /// <summary>What the alert asks of the person, by tier only.</summary>
    public string Ask => Missed switch
    {
        AlertDeadlineKind.FirstContact => $"An alert of tier {Tier} was acknowledged, but nobody has recorded reaching the client in time.",
        AlertDeadlineKind.Resolution => $"An alert of tier {Tier} was acknowledged, but it has not been resolved in time.",
        _ => $"An alert of tier {Tier} needs your acknowledgement.",
    };

    public static Task<AlertNotificationTarget?> FindAsync(IPortalDbContext db, NotificationId id, CancellationToken ct) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.Id == id)
            .Join(db.Staff, n => n.RecipientUserId, s => s.Id, (n, s) => new { n, s.Email, s.PhoneProtected, s.DeactivatedAt })
            .Join(db.Alerts, x => x.n.AlertId, a => a.Id, (x, a) => new AlertNotificationTarget(
                a.Id, a.ClientId, x.n.RecipientUserId, x.n.Tier, x.n.Missed, a.Status, x.Email, x.PhoneProtected, x.DeactivatedAt == null))
            .FirstOrDefaultAsync(ct);
}
