using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// A crisis alert for one client: raised by a risk answer, the client's "I need help now" or a clinician, and worked
/// until it is resolved. <c>Open</c> -> <c>Acknowledged</c> -> <c>Resolved</c>, every transition a method that refuses
/// an illegal one by name. While open, deadlines escalate it: the clinician's acknowledgement deadline (by tier), then
/// the supervisor's, then every on-call contact, then everyone again every repeat interval, until someone acknowledges.
/// The alert keeps the escalation policy it started with. Nothing is ever deleted: every change adds to the timeline.
/// </summary>
public sealed class Alert
{
    public const string AlreadyAcknowledged = "alert.already_acknowledged";
    public const string AlreadyResolved = "alert.resolved";
    public const string FollowUpRequired = "alert.follow_up_required";
    public const string FollowUpInPast = "alert.follow_up_in_past";
    public const string NoteRequired = "alert.note_required";

    private readonly List<AlertEvent> _events = [];
    private readonly List<AlertDeadline> _deadlines = [];

    private Alert()
    {
        Policy = EscalationPolicy.Default;
    }

    public AlertId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The client's clinician when the alert was raised (escalation follows the clinician's supervisor).</summary>
    public UserId ClinicianId { get; private set; }

    public RiskTier Tier { get; private set; }

    public AlertStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The organisation's policy when the alert was raised (a snapshot: later changes do not move its deadlines).</summary>
    public EscalationPolicy Policy { get; private set; }

    /// <summary>The escalation level reached: 0 clinician, 1 supervisor, 2 on-call, 3 and more: everyone.</summary>
    public int Level { get; private set; }

    /// <summary>The last notification round sent (each round is one (alert, round, recipient) delivery key).</summary>
    public int LastRound { get; private set; }

    /// <summary>Rounds handed out so far, to notifications and to deadlines alike: the next one is this plus one.</summary>
    public int RoundsAllocated { get; private set; }

    /// <summary>Timeline entries so far: each new entry takes the next number, so the timeline has one order (times can tie).</summary>
    public int EventsRecorded { get; private set; }

    /// <summary>The current acknowledgement (cleared when the alert opens again).</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public UserId? AcknowledgedBy { get; private set; }

    /// <summary>The first acknowledgement ever: time to acknowledge is measured to it (a reopened alert keeps it).</summary>
    public DateTimeOffset? FirstAcknowledgedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public UserId? ResolvedBy { get; private set; }

    public Disposition? Disposition { get; private set; }

    public DateTimeOffset? FollowUpAt { get; private set; }

    /// <summary>The timeline entries; loaded for reading the timeline, added to by every change.</summary>
    public IReadOnlyList<AlertEvent> Events => _events;

    /// <summary>The deadlines; a command loads the pending ones (at most a few), every change may add one.</summary>
    public IReadOnlyList<AlertDeadline> Deadlines => _deadlines;

    public static EscalationTarget TargetOf(int level) => level switch
    {
        <= 0 => EscalationTarget.Clinician,
        1 => EscalationTarget.Supervisor,
        2 => EscalationTarget.OnCall,
        _ => EscalationTarget.Everyone,
    };

    /// <summary>Raises an alert; the clinician is to be notified now (round 0) and must acknowledge within the tier's deadline.</summary>
    public static (Alert Alert, EscalationStep Notify) Raise(
        OrganizationId organizationId, ClientId clientId, UserId clinicianId, AlertTrigger trigger, EscalationPolicy policy,
        DateTimeOffset now, Actor actor)
    {
        var alert = new Alert
        {
            Id = AlertId.New(),
            OrganizationId = organizationId,
            ClientId = clientId,
            ClinicianId = clinicianId,
            Tier = trigger.Tier,
            Status = AlertStatus.Open,
            CreatedAt = now.ToStoredPrecision(),
            Policy = policy,
        };
        alert.Add(AlertEventKind.Raised, now, actor).With(trigger: trigger);
        alert.Schedule(AlertDeadlineKind.Escalation, level: 1, now + policy.AcknowledgeWithin(trigger.Tier));
        return (alert, new EscalationStep(0, EscalationTarget.Clinician));
    }

    /// <summary>
    /// Adds a trigger to this (unresolved) alert instead of opening a second one. A higher tier raises the alert's tier:
    /// an open alert then escalates no later than the new tier's deadline. An acknowledged alert opens again on any new
    /// trigger (a new acknowledgement deadline, escalation if nobody answers). Returns the round to notify, if any (a
    /// tier rise; any new trigger on an acknowledged alert).
    /// </summary>
    public Result<EscalationStep?> AddTrigger(AlertTrigger trigger, DateTimeOffset now, Actor actor)
    {
        if (Status == AlertStatus.Resolved)
        {
            return Error.Conflict(AlreadyResolved, "This alert is resolved; a new trigger opens a new alert.");
        }

        Add(AlertEventKind.TriggerAdded, now, actor).With(trigger: trigger);
        var raised = trigger.Tier > Tier;
        if (raised)
        {
            Add(AlertEventKind.TierRaised, now, actor).With(tier: trigger.Tier);
            Tier = trigger.Tier;
        }

        if (Status == AlertStatus.Acknowledged)
        {
            // A new risk signal after the acknowledgement is acknowledged again, within its deadline, or it escalates:
            // an acknowledged alert has no pending deadline, so only opening it again keeps the new trigger from going unheard.
            return Reopen(now, actor, AllocateRound());
        }

        if (!raised)
        {
            return (EscalationStep?)null;
        }

        // Open: whoever holds it now hears the tier rose, and the next escalation comes no later than the new deadline.
        var dueBy = now + Policy.AcknowledgeWithin(Tier);
        var pending = _deadlines.FirstOrDefault(d => d.IsPending && d.Kind == AlertDeadlineKind.Escalation);
        if (pending is null || pending.DueAt > dueBy)
        {
            pending?.Cancel(now);
            Schedule(AlertDeadlineKind.Escalation, Level + 1, dueBy);
        }

        return Notify(TargetOf(Level));
    }

    public Result<Unit> Acknowledge(UserId by, DateTimeOffset now)
    {
        if (Status == AlertStatus.Resolved)
        {
            return Error.Conflict(AlreadyResolved, "This alert is already resolved.");
        }

        if (Status == AlertStatus.Acknowledged)
        {
            return Error.Conflict(AlreadyAcknowledged, "This alert has already been acknowledged.");
        }

        AcknowledgeNow(by, now);
        return Unit.Value;
    }

    /// <summary>A note, in any state (a resolved alert too: follow-up contacts are part of its record).</summary>
    public Result<Unit> AddNote(string text, Actor actor, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Error.Rule(NoteRequired, "A note needs text.");
        }

        Add(AlertEventKind.NoteAdded, now, actor).With(text: text.Trim());
        return Unit.Value;
    }

    /// <summary>
    /// Closes the alert with a disposition and a note (an open alert is acknowledged by the same person first).
    /// <see cref="Alerts.Disposition.UnableToReach"/> does not close it: it needs a follow-up date, which becomes a
    /// deadline at which the alert opens again unless it was resolved meanwhile.
    /// </summary>
    public Result<Unit> Resolve(Disposition disposition, string note, DateTimeOffset? followUpAt, UserId by, DateTimeOffset now)
    {
        if (Status == AlertStatus.Resolved)
        {
            return Error.Conflict(AlreadyResolved, "This alert is already resolved.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Error.Rule(NoteRequired, "Resolving an alert needs a note.");
        }

        if (disposition == Alerts.Disposition.UnableToReach)
        {
            if (followUpAt is not { } followUp)
            {
                return Error.Rule(FollowUpRequired, "'Unable to reach' needs a follow-up date.");
            }

            if (followUp <= now)
            {
                return Error.Rule(FollowUpInPast, "The follow-up must be in the future.");
            }
        }

        if (Status == AlertStatus.Open)
        {
            AcknowledgeNow(by, now);
        }

        CancelPending(now);
        if (disposition == Alerts.Disposition.UnableToReach)
        {
            FollowUpAt = followUpAt!.Value.ToStoredPrecision();
            Add(AlertEventKind.FollowUpScheduled, now, Actor.Person(by)).With(disposition: disposition, text: note.Trim(), dueAt: FollowUpAt);
            Schedule(AlertDeadlineKind.FollowUp, level: 0, FollowUpAt.Value);
            return Unit.Value;
        }

        Status = AlertStatus.Resolved;
        ResolvedAt = now.ToStoredPrecision();
        ResolvedBy = by;
        Disposition = disposition;
        Add(AlertEventKind.Resolved, now, Actor.Person(by)).With(disposition: disposition, text: note.Trim());
        return Unit.Value;
    }

    /// <summary>
    /// A deadline came due (the escalation worker): the next escalation round, or the follow-up that opens the alert
    /// again. Null when the deadline no longer applies (the alert was acknowledged or resolved meanwhile): it is
    /// cancelled, and nobody is notified. A deadline fires at most once.
    /// </summary>
    public EscalationStep? Fire(AlertDeadline deadline, DateTimeOffset now, Actor actor)
    {
        if (!deadline.IsPending || deadline.AlertId != Id)
        {
            return null;
        }

        var applies = deadline.Kind == AlertDeadlineKind.Escalation ? Status == AlertStatus.Open : Status == AlertStatus.Acknowledged;
        if (!applies)
        {
            deadline.Cancel(now);
            return null;
        }

        deadline.Fire(now);
        if (deadline.Kind == AlertDeadlineKind.FollowUp)
        {
            return Reopen(now, actor, deadline.Round);
        }

        Level = deadline.Level;
        LastRound = Math.Max(LastRound, deadline.Round);
        var target = TargetOf(Level);
        var next = now + (Level == 1 ? Policy.SupervisorWithin : Policy.RepeatEvery);
        // The round the deadline reserved, not LastRound: a tier rise may have sent a later round since it was scheduled.
        Add(AlertEventKind.Escalated, now, actor).With(round: deadline.Round, target: target, dueAt: deadline.DueAt);
        Schedule(AlertDeadlineKind.Escalation, Level + 1, next);
        return new EscalationStep(deadline.Round, target);
    }

    /// <summary>Records who a round reached (the application resolves the people for the round's target).</summary>
    public void RecordNotified(EscalationStep step, IReadOnlyList<Guid> recipients, DateTimeOffset now, Actor actor) =>
        Add(AlertEventKind.Notified, now, actor).With(round: step.Round, target: step.Target, recipients: recipients);

    private EscalationStep Reopen(DateTimeOffset now, Actor actor, int round)
    {
        CancelPending(now);
        Status = AlertStatus.Open;
        AcknowledgedAt = null;
        AcknowledgedBy = null;
        Level = 0;
        LastRound = Math.Max(LastRound, round);
        FollowUpAt = null;
        Add(AlertEventKind.Reopened, now, actor).With(round: round);
        Schedule(AlertDeadlineKind.Escalation, level: 1, now + Policy.AcknowledgeWithin(Tier));
        return new EscalationStep(round, EscalationTarget.Clinician);
    }

    private void AcknowledgeNow(UserId by, DateTimeOffset now)
    {
        Status = AlertStatus.Acknowledged;
        AcknowledgedAt = now.ToStoredPrecision();
        AcknowledgedBy = by;
        FirstAcknowledgedAt ??= AcknowledgedAt;
        CancelPending(now);
        Add(AlertEventKind.Acknowledged, now, Actor.Person(by));
    }

    private void CancelPending(DateTimeOffset now)
    {
        foreach (var deadline in _deadlines.Where(d => d.IsPending))
        {
            deadline.Cancel(now);
        }
    }

    private EscalationStep Notify(EscalationTarget target)
    {
        var round = AllocateRound();
        LastRound = round;
        return new EscalationStep(round, target);
    }

    /// <summary>Rounds are handed out once each (a deadline reserves the round it will send), so (alert, round) is unique.</summary>
    private int AllocateRound() => ++RoundsAllocated;

    private void Schedule(AlertDeadlineKind kind, int level, DateTimeOffset dueAt) =>
        _deadlines.Add(AlertDeadline.Create(this, kind, AllocateRound(), level, dueAt));

    private AlertEvent Add(AlertEventKind kind, DateTimeOffset now, Actor actor)
    {
        var entry = AlertEvent.Create(this, ++EventsRecorded, kind, now, actor);
        _events.Add(entry);
        return entry;
    }
}
