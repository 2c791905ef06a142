using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Notifications;

/// <summary>
/// One entry of a staff member's in-app inbox: an alert of some tier needs their acknowledgement (raised, escalated
/// to them, its tier rose, it reopened). One per (alert, round, recipient), the same key the e-mail is deduplicated
/// by. It names the alert and its tier, never the client or what was said.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public NotificationId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public UserId RecipientUserId { get; private set; }

    public AlertId AlertId { get; private set; }

    public int Round { get; private set; }

    public RiskTier Tier { get; private set; }

    /// <summary>Why this person was told: as the clinician, the supervisor, on call, or everyone (repeat).</summary>
    public EscalationTarget Target { get; private set; }

    /// <summary>For an acknowledged alert: the deadline that was missed (first contact, resolution); null: it needs acknowledging.</summary>
    public AlertDeadlineKind? Missed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(Alert alert, EscalationStep step, UserId recipient, DateTimeOffset now) => new()
    {
        Id = NotificationId.New(),
        OrganizationId = alert.OrganizationId,
        RecipientUserId = recipient,
        AlertId = alert.Id,
        Round = step.Round,
        Tier = alert.Tier,
        Target = step.Target,
        Missed = step.Missed,
        CreatedAt = now.ToStoredPrecision(),
    };

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.ToStoredPrecision();
}
