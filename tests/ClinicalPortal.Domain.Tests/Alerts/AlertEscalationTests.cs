using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertEscalationTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every interval different, so a deadline computed from the wrong one shows.</summary>
    private static readonly EscalationPolicy Policy = AlertFixtures.Policy(imminent: 10, high: 30, elevated: 120, supervisor: 20, repeat: 7);

    [Fact]
    public void Fire_Unacknowledged_EscalatesToTheSupervisor_InTheDeadlinesRound()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var deadline = alert.PendingDeadline();

        var step = alert.Fire(deadline, deadline.DueAt, AlertFixtures.Worker);

        Assert.Equal(new EscalationStep(deadline.Round, EscalationTarget.Supervisor), step);
        Assert.Equal((AlertStatus.Open, 1, deadline.Round), (alert.Status, alert.Level, alert.LastRound));
        Assert.Equal(Now.AddMinutes(30), deadline.FiredAt);
        Assert.Null(deadline.CancelledAt);
    }

    [Fact]
    public void Fire_RecordsEscalated_WithTheDeadlinesDueTime_EvenWhenTheWorkerIsLate()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var deadline = alert.PendingDeadline();
        var late = deadline.DueAt.AddMinutes(3);

        var step = alert.Fire(deadline, late, AlertFixtures.Worker)!;

        var escalated = alert.Events[^1];
        Assert.Equal(AlertEventKind.Escalated, escalated.Kind);
        Assert.Equal((late, Now.AddMinutes(30)), (escalated.At, escalated.DueAt!.Value));
        Assert.Equal((step.Round, EscalationTarget.Supervisor), (escalated.Round!.Value, escalated.Target!.Value));
        Assert.Equal(("system:escalation", (UserId?)null), (escalated.ActorSystem, escalated.ActorUserId));
        Assert.Equal(late, deadline.FiredAt);
    }

    [Fact]
    public void Fire_AtTheSupervisorLevel_GivesTheSupervisorTheirOwnDeadline()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var fired = alert.FireDue();

        var next = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, 2), (next.Kind, next.Level));
        Assert.Equal(Now.AddMinutes(30 + 20), next.DueAt);
        Assert.NotEqual(fired.Round, next.Round);
    }

    [Fact]
    public void Fire_AfterTheSupervisor_RepeatsEveryInterval()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        alert.FireDue();
        alert.FireDue();
        Assert.Equal((3, Now.AddMinutes(30 + 20 + 7)), (alert.PendingDeadline().Level, alert.PendingDeadline().DueAt));
        alert.FireDue();
        Assert.Equal((4, Now.AddMinutes(30 + 20 + 7 + 7)), (alert.PendingDeadline().Level, alert.PendingDeadline().DueAt));
    }

    [Fact]
    public void Fire_TheNextDeadline_CountsFromWhenTheRoundWasSent()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        alert.FireDue(late: TimeSpan.FromMinutes(4));
        Assert.Equal(Now.AddMinutes(30 + 4 + 20), alert.PendingDeadline().DueAt);
    }

    [Fact]
    public void Fire_UntilSomeoneAcknowledges_WalksSupervisorOnCallThenEveryoneAgainAndAgain()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent, Policy);

        var steps = Enumerable.Range(0, 8).Select(_ => alert.FireDue()).ToList();

        Assert.Equal(
            [EscalationTarget.Supervisor, EscalationTarget.OnCall, .. Enumerable.Repeat(EscalationTarget.Everyone, 6)],
            steps.Select(s => s.Target));
        Assert.Equal(8, alert.Level);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(steps.Select(s => s.Round), alert.Events.Where(e => e.Kind == AlertEventKind.Escalated).Select(e => e.Round!.Value));
        Assert.Equal(steps[^1].Round, alert.LastRound);
    }

    [Fact]
    public void Fire_KeepsEveryDeadlineOnRecord_WithTheTimeItFired()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent, Policy);
        for (var i = 0; i < 5; i++)
        {
            alert.FireDue(late: TimeSpan.FromSeconds(i));
        }

        Assert.Equal(6, alert.Deadlines.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(alert.Deadlines[i].DueAt.AddSeconds(i), alert.Deadlines[i].FiredAt);
            Assert.Null(alert.Deadlines[i].CancelledAt);
        }

        Assert.True(alert.Deadlines[^1].IsPending);
        Assert.Equal([1, 2, 3, 4, 5, 6], alert.Deadlines.Select(d => d.Level));
    }

    [Fact]
    public void Fire_TheSameDeadlineTwice_SendsOnlyOnce()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var deadline = alert.PendingDeadline();
        Assert.NotNull(alert.Fire(deadline, deadline.DueAt, AlertFixtures.Worker));
        var (events, deadlines, level, rounds) = (alert.Events.Count, alert.Deadlines.Count, alert.Level, alert.RoundsAllocated);

        Assert.Null(alert.Fire(deadline, deadline.DueAt.AddMinutes(1), AlertFixtures.Worker));

        Assert.Equal(deadline.DueAt, deadline.FiredAt);
        Assert.Null(deadline.CancelledAt);
        Assert.Equal((events, deadlines, level, rounds), (alert.Events.Count, alert.Deadlines.Count, alert.Level, alert.RoundsAllocated));
    }

    [Fact]
    public void Fire_AfterAcknowledgement_SendsNothing_AndTheDeadlineStaysCancelled()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var deadline = alert.PendingDeadline();
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        var events = alert.Events.Count;

        Assert.Null(alert.Fire(deadline, deadline.DueAt, AlertFixtures.Worker));

        Assert.Equal((Now.AddMinutes(5), (DateTimeOffset?)null), (deadline.CancelledAt!.Value, deadline.FiredAt));
        Assert.Equal((AlertStatus.Acknowledged, 0, events), (alert.Status, alert.Level, alert.Events.Count));
        Assert.Equal([AlertDeadlineKind.FirstContact, AlertDeadlineKind.Resolution], alert.PendingKinds());
    }

    [Fact]
    public void Fire_AfterResolution_SendsNothing()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var deadline = alert.PendingDeadline();
        alert.Resolve(Disposition.ContactedSafe, "Spoke to the client", null, UserId.New(), Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();

        Assert.Null(alert.Fire(deadline, deadline.DueAt, AlertFixtures.Worker));

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Null(deadline.FiredAt);
        Assert.DoesNotContain(alert.Events, e => e.Kind == AlertEventKind.Escalated);
        alert.HasNoPendingDeadline();
    }

    [Fact]
    public void Fire_AfterAcknowledgementMidway_StopsTheEscalation_WhereItWas()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        alert.FireDue();
        alert.FireDue();
        var next = alert.PendingDeadline();
        alert.Acknowledge(UserId.New(), next.DueAt.AddMinutes(-1)).Ok();

        Assert.Null(alert.Fire(next, next.DueAt, AlertFixtures.Worker));
        Assert.Equal(2, alert.Level);
        Assert.Equal(2, alert.Events.Count(e => e.Kind == AlertEventKind.Escalated));
    }

    [Fact]
    public void Fire_ADeadlineOfAnotherAlert_ChangesNeitherAlert()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var other = AlertFixtures.Raised(Now, RiskTier.High, Policy);
        var foreign = other.PendingDeadline();
        var (events, deadlines) = (alert.Events.Count, alert.Deadlines.Count);

        Assert.Null(alert.Fire(foreign, foreign.DueAt, AlertFixtures.Worker));

        Assert.True(foreign.IsPending);
        Assert.True(alert.PendingDeadline().IsPending);
        Assert.Equal((0, events, deadlines), (alert.Level, alert.Events.Count, alert.Deadlines.Count));
    }

    [Fact]
    public void RecordNotified_AddsWhoTheRoundReached()
    {
        var (alert, notify) = AlertFixtures.Raise(Now, RiskTier.High, Policy);
        Guid[] recipients = [Guid.NewGuid(), Guid.NewGuid()];

        alert.RecordNotified(notify, recipients, Now.AddSeconds(2), AlertFixtures.Worker);

        var notified = alert.Events[^1];
        Assert.Equal((AlertEventKind.Notified, Now.AddSeconds(2)), (notified.Kind, notified.At));
        Assert.Equal((notify.Round, notify.Target), (notified.Round!.Value, notified.Target!.Value));
        Assert.Equal(recipients, notified.RecipientIds);
        Assert.Equal(2, alert.Events.Count);
    }
}
