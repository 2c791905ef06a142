using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// A crisis alert for one client: raised by a risk answer, the client's "I need help now" or a clinician, and worked
/// until it is resolved. <c>Open</c> -> <c>Acknowledged</c> -> <c>Resolved</c>, every transition a method that refuses
/// an illegal one by name. While open, deadlines escalate it: the clinician's acknowledgement deadline (by tier), then
/// the supervisor's, then every on-call contact, then everyone again every repeat interval, until someone acknowledges.
/// Acknowledging is not the end: from then on the tier's first-contact and resolution deadlines run, and missing one
/// escalates in the same way, so an open or acknowledged alert always has a pending deadline. Every decision (a
/// trigger, a reopening, an acknowledgement, a resolution) raises <see cref="Version"/>; a decision taken on an older
/// version is refused, so a form loaded before a new crisis cannot close it. The alert keeps the escalation policy it
/// started with. Nothing is ever deleted: every change adds to the timeline. Free text (notes, messages, reasons, the
/// assessment's rationale) arrives encrypted by the application (ADR 0014); the aggregate never sees it in clear.
/// </summary>
public sealed class Alert
{
    public const string AlreadyAcknowledged = "alert.already_acknowledged";
    public const string AlreadyResolved = "alert.resolved";
    public const string FollowUpRequired = "alert.follow_up_required";
    public const string FollowUpInPast = "alert.follow_up_in_past";
    public const string NoteRequired = "alert.note_required";
    public const string Changed = "alert.changed";
    public const string FollowUpTooLate = "alert.follow_up_too_late";
    public const string ChannelRequired = "alert.channel_required";
    public const string AssessmentRequired = "alert.risk_assessment_required";
    public const string NextContactInPast = "alert.next_contact_in_past";
    public const string NotAwaitingCosign = "alert.not_awaiting_cosign";
    public const string CosignBySamePerson = "alert.cosign_same_person";

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

    /// <summary>Raised by every decision: a trigger, a reopening, an acknowledgement, a follow-up, the resolution.</summary>
    public int Version { get; private set; }

    /// <summary>When staff first reached the client since the current acknowledgement (cleared when the alert opens again).</summary>
    public DateTimeOffset? ContactedAt { get; private set; }

    /// <summary>The documented risk assessment of the resolution (required for High and Imminent; cleared when the alert opens again).</summary>
    public RiskAssessment? RiskAssessment { get; private set; }

    /// <summary>Who proposed closing a High or Imminent alert as a false positive (while it awaits a co-signature, and after).</summary>
    public UserId? CosignRequestedBy { get; private set; }

    public UserId? CosignedBy { get; private set; }

    public DateTimeOffset? CosignedAt { get; private set; }

    /// <summary>High and Imminent alerts close only with a documented risk assessment, and as false positives only with a second person.</summary>
    public bool NeedsAssessment => Tier >= RiskTier.High;

    /// <summary>The timeline entries; loaded for reading the timeline, added to by every change.</summary>
    public IReadOnlyList<AlertEvent> Events => _events;

    /// <summary>The deadlines; a command loads the pending ones (at most a few), every change may add one.</summary>
    public IReadOnlyList<AlertDeadline> Deadlines => _deadlines;

    /// <summary>
    /// The latest follow-up an "unable to reach" may set, after the attempt: Imminent 4 hours, High 24 hours, Elevated 7
    /// days (a person at imminent risk is tried again within hours, not weeks).
    /// </summary>
    public static TimeSpan MaxFollowUpAfter(RiskTier tier) => tier switch
    {
        RiskTier.Imminent => TimeSpan.FromHours(4),
        RiskTier.High => TimeSpan.FromHours(24),
        _ => TimeSpan.FromDays(7),
    };

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
            Version = 1,
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
        Version++;
        var raised = trigger.Tier > Tier;
        if (raised)
        {
            Add(AlertEventKind.TierRaised, now, actor).With(tier: trigger.Tier);
            Tier = trigger.Tier;
        }

        if (Status is AlertStatus.Acknowledged or AlertStatus.AwaitingCosign)
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

    /// <summary>
    /// "I have it": the acknowledgement escalation stops, and the tier's first-contact and resolution deadlines start.
    /// With <paramref name="expectedVersion"/>, refused when the alert changed since that version was shown.
    /// </summary>
    public Result<Unit> Acknowledge(UserId by, DateTimeOffset now, int? expectedVersion = null)
    {
        if (Stale(expectedVersion) is { } stale)
        {
            return stale;
        }

        if (Status == AlertStatus.Resolved)
        {
            return Error.Conflict(AlreadyResolved, "This alert is already resolved.");
        }

        if (Status is AlertStatus.Acknowledged or AlertStatus.AwaitingCosign)
        {
            return Error.Conflict(AlreadyAcknowledged, "This alert has already been acknowledged.");
        }

        AcknowledgeNow(by, now);
        return Unit.Value;
    }

    /// <summary>
    /// A contact with the client, made or tried (an open alert is acknowledged by the same person first). Reaching the
    /// client meets the first-contact deadline and makes a pending "unable to reach" follow-up moot; a failed attempt is
    /// listed and the deadlines keep running. On an open alert the contact acknowledges it, so it is refused, as an
    /// acknowledgement is, when <paramref name="expectedVersion"/> is given and the alert changed since (a contact form
    /// loaded before a new trigger must not silently take over the new crisis and stop its escalation).
    /// </summary>
    public Result<Unit> RecordContact(ContactChannel channel, bool reached, string? note, UserId by, DateTimeOffset now, int? expectedVersion = null)
    {
        if (Status == AlertStatus.Resolved)
        {
            return Error.Conflict(AlreadyResolved, "This alert is already resolved.");
        }

        if (Status == AlertStatus.Open)
        {
            if (Stale(expectedVersion) is { } stale)
            {
                return stale;
            }

            AcknowledgeNow(by, now);
        }

        Add(reached ? AlertEventKind.ContactMade : AlertEventKind.ContactAttempted, now, Actor.Person(by))
            .With(channel: channel, text: string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        if (reached)
        {
            ContactedAt ??= now.ToStoredPrecision();
            FollowUpAt = null;
            CancelPending(now, AlertDeadlineKind.FirstContact, AlertDeadlineKind.FollowUp);
        }

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
    /// <see cref="Alerts.Disposition.UnableToReach"/> does not close it: it records the attempt (its channel is
    /// required) and needs a follow-up no later than <see cref="MaxFollowUpAfter"/> for the tier, which becomes a deadline
    /// at which the alert opens again unless it was resolved meanwhile; the resolution deadline keeps running. With
    /// <paramref name="expectedVersion"/>, refused when the alert changed since that version was shown.
    /// </summary>
    public Result<Unit> Resolve(
        Disposition disposition, string note, DateTimeOffset? followUpAt, UserId by, DateTimeOffset now, int? expectedVersion = null,
        ContactChannel? channel = null, RiskAssessment? assessment = null)
    {
        if (Stale(expectedVersion) is { } stale)
        {
            return stale;
        }

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
            if (channel is null)
            {
                return Error.Rule(ChannelRequired, "'Unable to reach' needs the way the client was tried (phone, text message, ...).");
            }

            if (followUpAt is not { } followUp)
            {
                return Error.Rule(FollowUpRequired, "'Unable to reach' needs a follow-up date.");
            }

            if (followUp <= now)
            {
                return Error.Rule(FollowUpInPast, "The follow-up must be in the future.");
            }

            if (followUp > now + MaxFollowUpAfter(Tier))
            {
                return Error.Rule(FollowUpTooLate, $"For an alert of {Tier.ToString().ToLowerInvariant()} risk the next try must be within {Words(MaxFollowUpAfter(Tier))} of this one.");
            }
        }
        else if (assessment is null && NeedsAssessment)
        {
            return Error.Rule(AssessmentRequired, $"Closing an alert of {Tier.ToString().ToLowerInvariant()} risk needs a documented risk assessment: the risk level and why, the safety plan, lethal means and the next contact.");
        }

        if (assessment is not null && assessment.NextContactAt <= now)
        {
            return Error.Rule(NextContactInPast, "The next contact must be in the future.");
        }

        if (Status == AlertStatus.Open)
        {
            AcknowledgeNow(by, now);
        }

        Version++;
        if (disposition == Alerts.Disposition.UnableToReach)
        {
            // The attempt stands in for first contact until the follow-up; the resolution deadline still runs.
            CancelPending(now, AlertDeadlineKind.Escalation, AlertDeadlineKind.FirstContact, AlertDeadlineKind.FollowUp);
            FollowUpAt = followUpAt!.Value.ToStoredPrecision();
            Add(AlertEventKind.FollowUpScheduled, now, Actor.Person(by))
                .With(disposition: disposition, text: note.Trim(), dueAt: FollowUpAt, channel: channel);
            Schedule(AlertDeadlineKind.FollowUp, level: 0, FollowUpAt.Value);
            return Unit.Value;
        }

        RiskAssessment = assessment is null ? null : assessment with { NextContactAt = assessment.NextContactAt.ToStoredPrecision() };
        if (disposition == Alerts.Disposition.FalsePositive && NeedsAssessment)
        {
            // One person alone does not dismiss a high risk signal: a second one co-signs; the deadlines keep running.
            Status = AlertStatus.AwaitingCosign;
            CosignRequestedBy = by;
            Add(AlertEventKind.CosignRequested, now, Actor.Person(by)).With(disposition: disposition, text: note.Trim());
            return Unit.Value;
        }

        Close(disposition, by, now);
        Add(AlertEventKind.Resolved, now, Actor.Person(by)).With(disposition: disposition, text: note.Trim());
        return Unit.Value;
    }

    /// <summary>
    /// A second member of staff agrees that a High or Imminent alert was a false positive: it is resolved. Never the
    /// person who proposed it; who else may co-sign (the supervisor, on-call, an administrator) is the application's
    /// rule. Refused when the alert changed since <paramref name="expectedVersion"/>.
    /// </summary>
    public Result<Unit> Cosign(string note, UserId by, DateTimeOffset now, int? expectedVersion = null)
    {
        if (Stale(expectedVersion) is { } stale)
        {
            return stale;
        }

        if (Status != AlertStatus.AwaitingCosign)
        {
            return Error.Conflict(NotAwaitingCosign, "This alert is not waiting for a co-signature.");
        }

        if (CosignRequestedBy == by)
        {
            return Error.Rule(CosignBySamePerson, "A false positive is co-signed by someone other than the person who proposed it.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Error.Rule(NoteRequired, "Co-signing needs a note.");
        }

        Version++;
        CosignedBy = by;
        CosignedAt = now.ToStoredPrecision();
        Close(Alerts.Disposition.FalsePositive, CosignRequestedBy!.Value, now);
        Add(AlertEventKind.Cosigned, now, Actor.Person(by)).With(disposition: Alerts.Disposition.FalsePositive, text: note.Trim());
        return Unit.Value;
    }

    /// <summary>
    /// A deadline came due (the escalation worker): the next escalation round (a missed acknowledgement, first contact
    /// or resolution), or the follow-up that opens the alert again. Null when the deadline no longer applies (the alert
    /// was acknowledged, the client reached or the alert resolved meanwhile): it is cancelled, and nobody is notified. A
    /// deadline fires at most once.
    /// </summary>
    public EscalationStep? Fire(AlertDeadline deadline, DateTimeOffset now, Actor actor)
    {
        if (!deadline.IsPending || deadline.AlertId != Id)
        {
            return null;
        }

        var held = Status is AlertStatus.Acknowledged or AlertStatus.AwaitingCosign;
        var applies = deadline.Kind switch
        {
            AlertDeadlineKind.Escalation => Status == AlertStatus.Open,
            AlertDeadlineKind.FirstContact => held && ContactedAt is null && FollowUpAt is null,
            _ => held,
        };
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

        // A missed acknowledgement moves to the level its deadline named; a missed first contact or resolution goes one
        // above whoever holds the alert now (two such deadlines may be pending at once).
        Level = deadline.Kind == AlertDeadlineKind.Escalation ? deadline.Level : Level + 1;
        LastRound = Math.Max(LastRound, deadline.Round);
        var target = TargetOf(Level);
        var next = now + (Level == 1 ? Policy.SupervisorWithin : Policy.RepeatEvery);
        // The round the deadline reserved, not LastRound: a tier rise may have sent a later round since it was scheduled.
        Add(AlertEventKind.Escalated, now, actor).With(round: deadline.Round, target: target, dueAt: deadline.DueAt, missed: deadline.Kind);
        Schedule(deadline.Kind, Level + 1, next);
        return new EscalationStep(deadline.Round, target, deadline.Kind == AlertDeadlineKind.Escalation ? null : deadline.Kind);
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
        ContactedAt = null;
        RiskAssessment = null;
        CosignRequestedBy = null;
        Version++;
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
        Version++;
        CancelPending(now);
        Add(AlertEventKind.Acknowledged, now, Actor.Person(by));
        // The escalation goes on from whoever acknowledged: a missed contact or resolution goes one level above them.
        Schedule(AlertDeadlineKind.FirstContact, Level + 1, now + Policy.FirstContactWithin(Tier));
        Schedule(AlertDeadlineKind.Resolution, Level + 1, now + Policy.ResolveWithin(Tier));
    }

    private void Close(Disposition disposition, UserId by, DateTimeOffset now)
    {
        CancelPending(now);
        Status = AlertStatus.Resolved;
        ResolvedAt = now.ToStoredPrecision();
        ResolvedBy = by;
        Disposition = disposition;
    }

    /// <summary>A conflict naming both versions when <paramref name="expected"/> is given and is not this alert's version.</summary>
    private Error? Stale(int? expected) =>
        expected is { } shown && shown != Version
            ? Error.Conflict(Changed, "This alert has changed since you opened it (a new trigger, a change of tier, or someone else acted). Review it and try again.")
                with { Details = new Dictionary<string, object> { ["expectedVersion"] = shown, ["currentVersion"] = Version } }
            : null;

    /// <summary>Cancels the pending deadlines, of the given kinds only when any are named.</summary>
    private void CancelPending(DateTimeOffset now, params AlertDeadlineKind[] kinds)
    {
        foreach (var deadline in _deadlines.Where(d => d.IsPending && (kinds.Length == 0 || kinds.Contains(d.Kind))))
        {
            deadline.Cancel(now);
        }
    }

    /// <summary>A bound as people say it: "4 hours", "24 hours", "7 days".</summary>
    public static string Words(TimeSpan span) => span.TotalHours < 48 ? $"{span.TotalHours:0} hours" : $"{span.TotalDays:0} days";

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
