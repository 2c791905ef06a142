using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// One entry of an alert's timeline, with its time and actor: raised, a trigger added, notified (round and
/// recipients), escalated, acknowledged, a note, a follow-up scheduled, reopened, resolved. Append-only: the timeline
/// is how time to acknowledge and time to resolve are reported.
/// </summary>
public sealed class AlertEvent
{
    private AlertEvent()
    {
    }

    public AlertEventId Id { get; private set; }

    public AlertId AlertId { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    /// <summary>The entry's place in the alert's timeline (1, 2, 3 ...): entries of one change share a time, not a place.</summary>
    public int Sequence { get; private set; }

    public AlertEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public UserId? ActorUserId { get; private set; }

    /// <summary>The system actor (e.g. <c>system:escalation</c>) when no person acted.</summary>
    public string? ActorSystem { get; private set; }

    public RiskTier? Tier { get; private set; }

    /// <summary>The notification round (0: the clinician at raise; 1: supervisor; 2: on-call; 3 and on: everyone).</summary>
    public int? Round { get; private set; }

    public EscalationTarget? Target { get; private set; }

    public AlertSource? Source { get; private set; }

    /// <summary>What a trigger points at (an assessment id).</summary>
    public Guid? ReferenceId { get; private set; }

    public string[]? Codes { get; private set; }

    /// <summary>
    /// Free text, encrypted by the application (ADR 0014): a note, the client's message, the clinician's reason, a
    /// resolution or contact note (health data). The domain never holds it in clear.
    /// </summary>
    public string? TextProtected { get; private set; }

    public Disposition? Disposition { get; private set; }

    public Guid[]? RecipientIds { get; private set; }

    /// <summary>A deadline this entry set (the next escalation, a follow-up date).</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>How the client was reached or tried (a contact, an "unable to reach").</summary>
    public ContactChannel? Channel { get; private set; }

    /// <summary>Why an escalation happened: which deadline was missed (acknowledgement, first contact, resolution).</summary>
    public AlertDeadlineKind? Missed { get; private set; }

    internal static AlertEvent Create(Alert alert, int sequence, AlertEventKind kind, DateTimeOffset at, Actor actor) => new()
    {
        Id = AlertEventId.New(),
        AlertId = alert.Id,
        Sequence = sequence,
        OrganizationId = alert.OrganizationId,
        Kind = kind,
        At = at.ToStoredPrecision(),
        ActorUserId = actor.User,
        ActorSystem = actor.System,
    };

    internal AlertEvent With(
        RiskTier? tier = null, int? round = null, EscalationTarget? target = null, AlertTrigger? trigger = null, string? text = null,
        Disposition? disposition = null, IReadOnlyList<Guid>? recipients = null, DateTimeOffset? dueAt = null,
        ContactChannel? channel = null, AlertDeadlineKind? missed = null)
    {
        Tier = tier ?? trigger?.Tier ?? Tier;
        Round = round ?? Round;
        Target = target ?? Target;
        if (trigger is not null)
        {
            Source = trigger.Source;
            ReferenceId = trigger.ReferenceId;
            Codes = trigger.Codes.Count == 0 ? null : trigger.Codes.ToArray();
            TextProtected = trigger.TextProtected;
        }

        TextProtected = text ?? TextProtected;
        Disposition = disposition ?? Disposition;
        RecipientIds = recipients?.ToArray() ?? RecipientIds;
        DueAt = dueAt?.ToStoredPrecision() ?? DueAt;
        Channel = channel ?? Channel;
        Missed = missed ?? Missed;
        return this;
    }
}
