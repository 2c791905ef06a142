using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertTriggerTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Actor Client = Actor.Of("system:client-request");

    [Fact]
    public void AddTrigger_OnAResolvedAlert_IsRefusedByName_AndLeavesNoTrace()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(1), assessment: AlertFixtures.Assessed).Ok();
        var events = alert.Events.Count;

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(2), Client).Refused(ErrorKind.Conflict, Alert.AlreadyResolved);

        Assert.Equal((AlertStatus.Resolved, RiskTier.High, events), (alert.Status, alert.Tier, alert.Events.Count));
        alert.HasNoPendingDeadline();
    }

    [Theory]
    [InlineData(RiskTier.High, RiskTier.High)]
    [InlineData(RiskTier.High, RiskTier.Elevated)]
    [InlineData(RiskTier.Imminent, RiskTier.Imminent)]
    [InlineData(RiskTier.Imminent, RiskTier.Elevated)]
    [InlineData(RiskTier.Elevated, RiskTier.Elevated)]
    public void AddTrigger_SameOrLowerTier_OnAnOpenAlert_OnlyJoinsTheTimeline(RiskTier raisedAt, RiskTier added)
    {
        var alert = AlertFixtures.Raised(Now, raisedAt);
        var deadline = alert.PendingDeadline();
        var (due, rounds, lastRound) = (deadline.DueAt, alert.RoundsAllocated, alert.LastRound);
        var trigger = new AlertTrigger(AlertSource.ClientRequest, added, null, [], "Please call me");

        var notify = alert.AddTrigger(trigger, Now.AddMinutes(5), Client).Ok();

        Assert.Null(notify);
        Assert.Equal((raisedAt, AlertStatus.Open, 0), (alert.Tier, alert.Status, alert.Level));
        var entry = alert.Events[^1];
        Assert.Equal(2, alert.Events.Count);
        Assert.Equal((AlertEventKind.TriggerAdded, Now.AddMinutes(5), "system:client-request"), (entry.Kind, entry.At, entry.ActorSystem));
        Assert.Equal((AlertSource.ClientRequest, added, "Please call me"), (entry.Source, entry.Tier, entry.TextProtected));
        Assert.Same(deadline, alert.PendingDeadline());
        Assert.Equal(due, deadline.DueAt);
        Assert.Single(alert.Deadlines);
        Assert.Equal((rounds, lastRound), (alert.RoundsAllocated, alert.LastRound));
    }

    [Fact]
    public void AddTrigger_HigherTier_OnAnOpenAlert_RaisesTheTier_AndSaysSo()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent, codes: "cssrs.q6"), Now.AddMinutes(5), AlertFixtures.Assessment).Ok();

        Assert.Equal(RiskTier.Imminent, alert.Tier);
        Assert.Equal([AlertEventKind.Raised, AlertEventKind.TriggerAdded, AlertEventKind.TierRaised], alert.Events.Select(e => e.Kind));
        Assert.Equal(["cssrs.q6"], alert.Events[1].Codes!);
        Assert.Equal((RiskTier.Imminent, Now.AddMinutes(5)), (alert.Events[2].Tier, alert.Events[2].At));
    }

    [Theory]
    [InlineData(RiskTier.Elevated, RiskTier.High, 60)]
    [InlineData(RiskTier.Elevated, RiskTier.Imminent, 15)]
    [InlineData(RiskTier.High, RiskTier.Imminent, 15)]
    public void AddTrigger_HigherTier_MovesTheEscalationEarlier_CancellingTheOldDeadline(RiskTier raisedAt, RiskTier added, int minutes)
    {
        var alert = AlertFixtures.Raised(Now, raisedAt);
        var old = alert.PendingDeadline();
        var oldDue = old.DueAt;
        var at = Now.AddMinutes(10);

        var notify = alert.AddTrigger(AlertFixtures.Trigger(added), at, AlertFixtures.Assessment).Ok()!;

        Assert.Equal((at, oldDue), (old.CancelledAt!.Value, old.DueAt));
        Assert.Null(old.FiredAt);
        var moved = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, 1, at.AddMinutes(minutes)), (moved.Kind, moved.Level, moved.DueAt));
        Assert.Equal(2, alert.Deadlines.Count);
        Assert.Equal(EscalationTarget.Clinician, notify.Target);
        Assert.DoesNotContain(notify.Round, (int[])[0, old.Round, moved.Round]);
        Assert.Equal(notify.Round, alert.LastRound);
    }

    [Fact]
    public void AddTrigger_HigherTier_NeverMovesTheEscalationLater()
    {
        // Elevated waits a day; 1430 minutes in, High's hour from now would be later than the 10 minutes left.
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        var deadline = alert.PendingDeadline();

        var notify = alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), Now.AddMinutes(1430), AlertFixtures.Assessment).Ok()!;

        Assert.Equal(RiskTier.High, alert.Tier);
        Assert.Same(deadline, alert.PendingDeadline());
        Assert.Equal(Now.AddMinutes(1440), deadline.DueAt);
        Assert.Single(alert.Deadlines);
        Assert.Equal(EscalationTarget.Clinician, notify.Target);
    }

    [Fact]
    public void AddTrigger_HigherTier_WithTheSameDeadline_KeepsTheDeadline()
    {
        // Escalated to the supervisor at 1440, who has until 1455; Imminent from 1440 is also 1455.
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.FireDue();
        var deadline = alert.PendingDeadline();

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(1440), AlertFixtures.Assessment).Ok();

        Assert.Same(deadline, alert.PendingDeadline());
        Assert.Equal(Now.AddMinutes(1455), deadline.DueAt);
    }

    [Theory]
    [InlineData(1, EscalationTarget.Supervisor)]
    [InlineData(2, EscalationTarget.OnCall)]
    [InlineData(3, EscalationTarget.Everyone)]
    [InlineData(5, EscalationTarget.Everyone)]
    public void AddTrigger_HigherTier_AfterEscalation_NotifiesWhoeverHoldsItNow(int fires, EscalationTarget target)
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        for (var i = 0; i < fires; i++)
        {
            alert.FireDue();
        }

        var notify = alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), alert.PendingDeadline().DueAt.AddMinutes(-1), AlertFixtures.Assessment).Ok()!;

        Assert.Equal(target, notify.Target);
        Assert.Equal((fires, AlertStatus.Open), (alert.Level, alert.Status));
    }

    [Fact]
    public void AddTrigger_HigherTier_AfterEscalation_MovesTheNextLevelEarlier()
    {
        // The supervisor has an hour; an Imminent trigger ten minutes in gives them 15 minutes from now instead.
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated, AlertFixtures.Policy(supervisor: 60));
        alert.FireDue();
        var old = alert.PendingDeadline();
        var at = Now.AddMinutes(1440 + 10);

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), at, AlertFixtures.Assessment).Ok();

        Assert.Equal(at, old.CancelledAt);
        var moved = alert.PendingDeadline();
        Assert.Equal((2, at.AddMinutes(15)), (moved.Level, moved.DueAt));
        Assert.Equal(EscalationTarget.OnCall, alert.FireDue().Target);
    }

    [Fact]
    public void AddTrigger_HigherTier_MovedDeadline_FiresInItsOwnRound()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        var tierRise = alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(5), AlertFixtures.Assessment).Ok()!;
        var moved = alert.PendingDeadline();

        var escalation = alert.FireDue();

        Assert.Equal(moved.Round, escalation.Round);
        Assert.NotEqual(tierRise.Round, escalation.Round);
        Assert.Equal(escalation.Round, alert.Events[^1].Round);
    }

    [Fact]
    public void AddTrigger_HigherTier_KeptDeadline_FiresInItsOwnRound()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        var kept = alert.PendingDeadline();
        var tierRise = alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), Now.AddMinutes(1430), AlertFixtures.Assessment).Ok()!;

        var escalation = alert.FireDue();

        Assert.Equal(kept.Round, escalation.Round);
        Assert.NotEqual(tierRise.Round, escalation.Round);
        Assert.Equal(escalation.Round, alert.Events[^1].Round);
    }

    [Theory]
    [InlineData(RiskTier.High, RiskTier.High)]
    [InlineData(RiskTier.High, RiskTier.Elevated)]
    [InlineData(RiskTier.Imminent, RiskTier.Imminent)]
    public void AddTrigger_SameOrLowerTier_OnAnAcknowledgedAlert_OpensItAgain_WithANewAcknowledgementDeadline(RiskTier raisedAt, RiskTier added)
    {
        // A new risk signal after the acknowledgement is acknowledged again or escalates: an acknowledged alert has no
        // pending deadline, so telling the clinician alone could go unheard.
        var (alert, raised) = AlertFixtures.Raise(Now, raisedAt);
        var cancelled = alert.PendingDeadline();
        alert.Acknowledge(UserId.New(), Now.AddMinutes(1)).Ok();

        var notify = alert.AddTrigger(AlertFixtures.Trigger(added), Now.AddMinutes(2), Client).Ok()!;

        Assert.Equal(EscalationTarget.Clinician, notify.Target);
        Assert.DoesNotContain(notify.Round, (int[])[raised.Round, cancelled.Round]);
        Assert.Equal(notify.Round, alert.LastRound);
        Assert.Equal((AlertStatus.Open, raisedAt, 0), (alert.Status, alert.Tier, alert.Level));
        Assert.Null(alert.AcknowledgedAt);
        Assert.Equal([AlertEventKind.TriggerAdded, AlertEventKind.Reopened], alert.Events.TakeLast(2).Select(e => e.Kind));
        var next = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, 1), (next.Kind, next.Level));
        Assert.Equal(Now.AddMinutes(2) + EscalationPolicy.Default.AcknowledgeWithin(raisedAt), next.DueAt);
    }

    [Fact]
    public void AddTrigger_OnAnAcknowledgedAlert_EachTriggerGetsItsOwnRound()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        var rounds = Enumerable.Range(2, 5).Select(m =>
        {
            alert.Acknowledge(UserId.New(), Now.AddMinutes(m)).Ok();
            return alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), Now.AddMinutes(m), Client).Ok()!.Round;
        }).ToList();

        Assert.Distinct(rounds);
        Assert.Equal(rounds.Order(), rounds);
    }

    [Fact]
    public void AddTrigger_HigherTier_OnAnAcknowledgedAlert_OpensItAgain_FromTheClinician()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.FireDue();
        alert.FireDue();
        alert.Acknowledge(UserId.New(), Now.AddMinutes(1460)).Ok();
        var at = Now.AddMinutes(1500);

        var notify = alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), at, AlertFixtures.Assessment).Ok()!;

        Assert.Equal((AlertStatus.Open, RiskTier.Imminent, 0), (alert.Status, alert.Tier, alert.Level));
        Assert.Equal(EscalationTarget.Clinician, notify.Target);
        Assert.DoesNotContain(notify.Round, alert.DeadlineRounds());
        Assert.Equal(notify.Round, alert.LastRound);
        Assert.Equal(
            [AlertEventKind.TriggerAdded, AlertEventKind.TierRaised, AlertEventKind.Reopened],
            alert.Events.TakeLast(3).Select(e => e.Kind));
        Assert.Equal(notify.Round, alert.Events[^1].Round);
        var deadline = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, 1, at.AddMinutes(15)), (deadline.Kind, deadline.Level, deadline.DueAt));
        Assert.Equal(EscalationTarget.Supervisor, alert.FireDue().Target);
    }

    [Fact]
    public void AddTrigger_HigherTier_WhileAFollowUpIsPending_OpensItAgain_AndDropsTheFollowUp()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.UnableToReach("No answer", Now.AddHours(20), UserId.New(), Now.AddMinutes(30)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);
        var at = Now.AddHours(2);

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), at, AlertFixtures.Assessment).Ok();

        Assert.Equal(at, followUp.CancelledAt);
        Assert.Null(alert.FollowUpAt);
        Assert.Equal((AlertStatus.Open, AlertDeadlineKind.Escalation), (alert.Status, alert.PendingDeadline().Kind));
        Assert.Null(alert.Fire(followUp, followUp.DueAt, AlertFixtures.Worker));
    }

    [Fact]
    public void AddTrigger_SameTier_WhileAFollowUpIsPending_OpensTheAlert_AndTheAcknowledgementDeadlineReplacesTheFollowUp()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.UnableToReach("No answer", Now.AddHours(20), UserId.New(), Now.AddMinutes(30)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);

        Assert.NotNull(alert.AddTrigger(AlertFixtures.Trigger(RiskTier.High), Now.AddHours(2), Client).Ok());

        Assert.NotNull(followUp.CancelledAt);
        var next = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, Now.AddHours(3)), (next.Kind, next.DueAt)); // High: within 60 minutes
        Assert.Equal((AlertStatus.Open, (DateTimeOffset?)null), (alert.Status, alert.FollowUpAt));
    }
}
