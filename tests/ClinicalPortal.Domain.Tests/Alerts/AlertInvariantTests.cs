using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using CsCheck;

namespace ClinicalPortal.Domain.Tests.Alerts;

/// <summary>
/// Long and random sequences of everything that can happen to an alert: rounds are never shared (the delivery key
/// downstream is (alert, round, recipient)), nothing recorded is removed or rewritten, and state and deadlines agree.
/// </summary>
public sealed class AlertInvariantTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private enum Op
    {
        FireDue,
        FireLate,
        AddTrigger,
        Acknowledge,
        Note,
        UnableToReach,
        Resolve,
        FireSpent,
        Contact,
        StaleAcknowledge,
        FalsePositive,
        Cosign,
    }

    private static readonly Gen<EscalationPolicy> Policies =
        Gen.Select(Gen.Int[1, 240].Array[3], Gen.Int[1, 90], Gen.Int[1, 90])
            .Select((tiers, supervisor, repeat) =>
            {
                var sorted = tiers.Order().ToArray();
                return AlertFixtures.Policy(imminent: sorted[0], high: sorted[1], elevated: sorted[2], supervisor: supervisor, repeat: repeat);
            });

    private static readonly Gen<(Op Op, int Minutes)[]> Sequences =
        Gen.Select(Gen.Enum<Op>(), Gen.Int[0, 3000]).Array[1, 60];

    private static readonly UserId _proposer = UserId.New();

    [Fact]
    public void AnySequence_NeverSharesARound_NorRewritesTheRecord() =>
        Gen.Select(Policies, Gen.Enum<RiskTier>(), Sequences).Sample((policy, tier, sequence) =>
        {
            var clock = Now;
            var (alert, first) = AlertFixtures.Raise(clock, tier, policy);
            var history = new History(alert);
            history.Sent(first);
            history.Check();

            foreach (var (op, minutes) in sequence)
            {
                clock = clock.AddMinutes(minutes % 120);
                var pending = alert.Deadlines.Where(d => d.IsPending).MinBy(d => d.DueAt);
                var level = alert.Level;
                switch (op)
                {
                    case Op.FireDue or Op.FireLate when pending is not null:
                        clock = Max(clock, op == Op.FireDue ? pending.DueAt : pending.DueAt.AddMinutes(minutes));
                        var step = alert.Fire(pending, clock, AlertFixtures.Worker);
                        Assert.NotNull(step); // a pending deadline always applies: whatever made it moot cancelled it
                        Assert.Equal(pending.Round, step.Round);
                        var expected = pending.Kind switch
                        {
                            AlertDeadlineKind.FollowUp => EscalationTarget.Clinician,
                            AlertDeadlineKind.Escalation => Alert.TargetOf(pending.Level),
                            _ => Alert.TargetOf(level + 1), // a missed contact or resolution: one above whoever holds it
                        };
                        Assert.Equal(expected, step.Target);
                        history.Sent(step);
                        break;
                    case Op.AddTrigger:
                        var added = alert.AddTrigger(AlertFixtures.Trigger((RiskTier)(minutes % 3 + 1)), clock, AlertFixtures.Assessment);
                        if (history.WasResolved)
                        {
                            added.Refused(ErrorKind.Conflict, Alert.AlreadyResolved);
                        }
                        else
                        {
                            history.SentIfAny(added.Ok());
                        }

                        break;
                    case Op.Acknowledge:
                        var acknowledged = alert.Acknowledge(UserId.New(), clock);
                        Assert.Equal(history.WasOpen, acknowledged.IsSuccess);
                        break;
                    case Op.Note:
                        alert.AddNote($"note {minutes}", Actor.Person(UserId.New()), clock).Ok();
                        break;
                    case Op.UnableToReach:
                        var unreachable = alert.UnableToReach("No answer", clock.AddMinutes(minutes % 240 + 1), UserId.New(), clock);
                        Assert.Equal(!history.WasResolved, unreachable.IsSuccess);
                        break;
                    case Op.Contact:
                        var contact = alert.RecordContact((ContactChannel)(minutes % 5), reached: minutes % 2 == 0, null, UserId.New(), clock);
                        Assert.Equal(!history.WasResolved, contact.IsSuccess);
                        break;
                    case Op.FalsePositive:
                        var proposed = alert.Resolve(Disposition.FalsePositive, "Mistake", null, _proposer, clock, assessment: AlertFixtures.Assessed);
                        Assert.Equal(!history.WasResolved, proposed.IsSuccess);
                        break;
                    case Op.Cosign:
                        var cosigned = alert.Cosign("Agreed", UserId.New(), clock);
                        Assert.Equal(history.WasAwaitingCosign, cosigned.IsSuccess);
                        break;
                    case Op.StaleAcknowledge when alert.Version > 1:
                        var version = alert.Version;
                        alert.Acknowledge(UserId.New(), clock, expectedVersion: version - 1 - minutes % (version - 1))
                            .Refused(ErrorKind.Conflict, Alert.Changed);
                        Assert.Equal(version, alert.Version);
                        break;
                    case Op.Resolve when minutes % 4 == 0:
                        var resolved = alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), clock, assessment: AlertFixtures.Assessed);
                        Assert.Equal(!history.WasResolved, resolved.IsSuccess);
                        break;
                    case Op.FireSpent when alert.Deadlines.FirstOrDefault(d => !d.IsPending) is { } spent:
                        Assert.Null(alert.Fire(spent, clock, AlertFixtures.Worker));
                        break;
                }

                history.Check();
            }
        }, iter: 1000);

    [Fact]
    public void ALongUnansweredAlert_WithTierRisesAndReopenings_NeverSharesARound()
    {
        var (alert, first) = AlertFixtures.Raise(Now, RiskTier.Elevated);
        var history = new History(alert);
        history.Sent(first);
        history.Check();
        for (var i = 0; i < 300; i++)
        {
            history.Sent(alert.FireDue());
            var at = alert.PendingDeadline().DueAt.AddMinutes(-1);
            switch (i % 10)
            {
                case 3 or 4:
                    // The first two of these raise the tier (Elevated -> High -> Imminent); later ones only join the timeline.
                    history.SentIfAny(alert.AddTrigger(AlertFixtures.Trigger(i == 3 ? RiskTier.High : RiskTier.Imminent), at, AlertFixtures.Assessment).Ok());
                    break;
                case 9:
                    // Acknowledged, opened again by another trigger, unreachable, and opened again by the follow-up.
                    alert.Acknowledge(UserId.New(), at).Ok();
                    history.Sent(alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Elevated), at, AlertFixtures.Assessment).Ok()!);
                    alert.UnableToReach("No answer", at.AddHours(4), UserId.New(), at).Ok();
                    history.Sent(alert.FireDue(kind: AlertDeadlineKind.FollowUp));
                    break;
            }

            history.Check();
        }

        Assert.Equal(RiskTier.Imminent, alert.Tier);
        Assert.Equal(60, alert.Events.Count(e => e.Kind == AlertEventKind.Reopened)); // two in each of the 30 ninth rounds
        Assert.Equal(AlertStatus.Open, alert.Status);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>What has been seen of one alert so far: the rounds sent and the record as it stood.</summary>
    private sealed class History(Alert alert)
    {
        private readonly List<EscalationStep> _steps = [];
        private List<(AlertEvent Entry, AlertEventKind Kind, DateTimeOffset At, int? Round)> _events = [];
        private List<(AlertDeadline Deadline, int Round, DateTimeOffset DueAt, DateTimeOffset? FiredAt, DateTimeOffset? CancelledAt)> _deadlines = [];

        private int _version;

        public bool WasResolved { get; private set; }

        public bool WasOpen { get; private set; }

        public bool WasAwaitingCosign { get; private set; }

        public void Sent(EscalationStep step) => _steps.Add(step);

        public void SentIfAny(EscalationStep? step)
        {
            if (step is not null)
            {
                _steps.Add(step);
            }
        }

        public void Check()
        {
            // Rounds: every round sent is new, every deadline holds its own, and a deadline's round is only ever
            // sent by that deadline firing.
            Assert.Distinct(_steps.Select(s => s.Round));
            Assert.Distinct(alert.Deadlines.Select(d => d.Round));
            var sent = _steps.Select(s => s.Round).ToHashSet();
            foreach (var deadline in alert.Deadlines)
            {
                Assert.Equal(deadline.FiredAt is not null, sent.Contains(deadline.Round));
            }

            Assert.Equal(_steps.Max(s => s.Round), alert.LastRound);
            Assert.True(alert.Deadlines.All(d => d.Round <= alert.RoundsAllocated) && _steps.All(s => s.Round <= alert.RoundsAllocated));
            Assert.Distinct(alert.Events.Where(e => e.Kind is AlertEventKind.Escalated or AlertEventKind.Reopened).Select(e => e.Round));

            // Nothing is removed or rewritten.
            Assert.True(alert.Events.Count >= _events.Count);
            for (var i = 0; i < _events.Count; i++)
            {
                var (entry, kind, at, round) = _events[i];
                Assert.Same(entry, alert.Events[i]);
                Assert.Equal((kind, at, round), (entry.Kind, entry.At, entry.Round));
            }

            Assert.True(alert.Deadlines.Count >= _deadlines.Count);
            for (var i = 0; i < _deadlines.Count; i++)
            {
                var (deadline, round, dueAt, firedAt, cancelledAt) = _deadlines[i];
                Assert.Same(deadline, alert.Deadlines[i]);
                Assert.Equal((round, dueAt), (deadline.Round, deadline.DueAt));
                if (firedAt is not null || cancelledAt is not null)
                {
                    Assert.Equal((firedAt, cancelledAt), (deadline.FiredAt, deadline.CancelledAt));
                }
            }

            Assert.All(alert.Deadlines, d => Assert.False(d.FiredAt is not null && d.CancelledAt is not null));
            Assert.All(alert.Events.Zip(alert.Events.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));

            // State and deadlines agree: an open alert escalates; an acknowledged one always has its resolution
            // deadline, its first-contact deadline until the client is reached or an attempt set a follow-up, and the
            // follow-up when one is set; a resolved one waits for nothing. Open or acknowledged, something is due.
            var pending = alert.Deadlines.Where(d => d.IsPending).ToList();
            switch (alert.Status)
            {
                case AlertStatus.Open:
                    Assert.Equal(AlertDeadlineKind.Escalation, Assert.Single(pending).Kind);
                    Assert.Equal(alert.Level + 1, pending[0].Level);
                    Assert.Null(alert.FollowUpAt);
                    Assert.Null(alert.ContactedAt);
                    break;
                case AlertStatus.Acknowledged or AlertStatus.AwaitingCosign:
                    Assert.Single(pending, d => d.Kind == AlertDeadlineKind.Resolution);
                    Assert.Equal(alert.Status == AlertStatus.AwaitingCosign, alert.CosignRequestedBy is not null);
                    Assert.Equal(alert.FollowUpAt, pending.SingleOrDefault(d => d.Kind == AlertDeadlineKind.FollowUp)?.DueAt);
                    Assert.Equal(
                        alert.ContactedAt is null && alert.FollowUpAt is null ? 1 : 0, pending.Count(d => d.Kind == AlertDeadlineKind.FirstContact));
                    Assert.DoesNotContain(pending, d => d.Kind == AlertDeadlineKind.Escalation);
                    break;
                default:
                    Assert.Empty(pending);
                    Assert.NotNull(alert.ResolvedAt);
                    break;
            }

            Assert.False(WasResolved && alert.Status != AlertStatus.Resolved);
            Assert.True(alert.Version >= _version);
            _version = alert.Version;
            WasResolved = alert.Status == AlertStatus.Resolved;
            WasOpen = alert.Status == AlertStatus.Open;
            WasAwaitingCosign = alert.Status == AlertStatus.AwaitingCosign;
            _events = alert.Events.Select(e => (e, e.Kind, e.At, e.Round)).ToList();
            _deadlines = alert.Deadlines.Select(d => (d, d.Round, d.DueAt, d.FiredAt, d.CancelledAt)).ToList();
        }
    }
}
