using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// A timer that lives in the database: at <see cref="DueAt"/> the escalation worker (any instance, claimed with
/// SKIP LOCKED and a lease) fires round <see cref="Round"/> of the alert, once. Fired or cancelled deadlines stay on
/// record, with the actual time, so lateness can be measured. One deadline per alert and round.
/// </summary>
public sealed class AlertDeadline
{
    private AlertDeadline()
    {
    }

    public AlertDeadlineId Id { get; private set; }

    public AlertId AlertId { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public AlertDeadlineKind Kind { get; private set; }

    /// <summary>The notification round it starts when it fires.</summary>
    public int Round { get; private set; }

    /// <summary>The escalation level it moves the alert to (1 supervisor, 2 on-call, 3 and more everyone; 0 for a follow-up).</summary>
    public int Level { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? FiredAt { get; private set; }

    /// <summary>Cancelled (acknowledged, resolved, or superseded by an earlier deadline) before it fired.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Until when a worker holds it (a lease: a crashed worker's claim runs out and another takes it).</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public bool IsPending => FiredAt is null && CancelledAt is null;

    internal static AlertDeadline Create(Alert alert, AlertDeadlineKind kind, int round, int level, DateTimeOffset dueAt) => new()
    {
        Id = AlertDeadlineId.New(),
        AlertId = alert.Id,
        OrganizationId = alert.OrganizationId,
        Kind = kind,
        Round = round,
        Level = level,
        DueAt = dueAt.ToStoredPrecision(),
    };

    internal void Fire(DateTimeOffset now) => FiredAt = now.ToStoredPrecision();

    internal void Cancel(DateTimeOffset now)
    {
        if (IsPending)
        {
            CancelledAt = now.ToStoredPrecision();
        }
    }
}
