using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Notifications;

/// <summary>
/// One entry of a staff member's in-app inbox: an alert of some tier needs their acknowledgement (raised, escalated
/// to them, its tier rose, it reopened). One per (alert, round, recipient), the same key the e-mail is deduplicated
/// by. It names the alert and its tier, never the client or what was said. A round of an Imminent alert is also texted
/// to the person: <see cref="Text"/> says where that text stands (null: no text for this round).
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

    /// <summary>The text message of this round to this person: null when none was asked (below Imminent).</summary>
    public AlertTextState? Text { get; private set; }

    /// <summary>When the text was sent or found not to be sendable.</summary>
    public DateTimeOffset? TextAt { get; private set; }

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
        Text = alert.Tier == RiskTier.Imminent ? AlertTextState.Queued : null,
    };

    /// <summary>Whether this round is texted to the person as well (the round of an Imminent alert).</summary>
    public bool IsTexted => Text is not null;

    /// <summary>
    /// Records what became of the queued text (sent, no phone, not needed); the first outcome stays, so a message handled
    /// twice records once. False when there was nothing to record.
    /// </summary>
    public bool RecordText(AlertTextState outcome, DateTimeOffset now)
    {
        if (Text != AlertTextState.Queued || outcome == AlertTextState.Queued)
        {
            return false;
        }

        Text = outcome;
        TextAt = now.ToStoredPrecision();
        return true;
    }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.ToStoredPrecision();
}
