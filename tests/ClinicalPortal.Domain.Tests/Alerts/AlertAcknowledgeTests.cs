using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertAcknowledgeTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Acknowledge_AnOpenAlert_RecordsWhoAndWhen()
    {
        var alert = AlertFixtures.Raised(Now);
        var by = UserId.New();

        alert.Acknowledge(by, Now.AddMinutes(4)).Ok();

        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.Equal((by, Now.AddMinutes(4)), (alert.AcknowledgedBy!.Value, alert.AcknowledgedAt!.Value));
        var entry = alert.Events[^1];
        Assert.Equal((AlertEventKind.Acknowledged, Now.AddMinutes(4)), (entry.Kind, entry.At));
        Assert.Equal((by, (string?)null), (entry.ActorUserId!.Value, entry.ActorSystem));
        Assert.Null(alert.ResolvedAt);
    }

    [Fact]
    public void Acknowledge_CancelsThePendingEscalation_AndKeepsItOnRecord()
    {
        var alert = AlertFixtures.Raised(Now);
        var deadline = alert.PendingDeadline();

        alert.Acknowledge(UserId.New(), Now.AddMinutes(4)).Ok();

        Assert.Same(deadline, Assert.Single(alert.Deadlines, d => d.Kind == AlertDeadlineKind.Escalation));
        Assert.Equal(Now.AddMinutes(4), deadline.CancelledAt);
        Assert.Null(deadline.FiredAt);
        Assert.Equal(Now.AddMinutes(60), deadline.DueAt);
    }

    [Fact]
    public void Acknowledge_AfterEscalation_StopsIt()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);
        alert.FireDue();
        alert.FireDue();

        alert.Acknowledge(UserId.New(), Now.AddMinutes(35)).Ok();

        var escalations = alert.Deadlines.Where(d => d.Kind == AlertDeadlineKind.Escalation).ToList();
        Assert.Equal(Now.AddMinutes(35), escalations[^1].CancelledAt);
        Assert.All(escalations.SkipLast(1), d => Assert.NotNull(d.FiredAt));
        Assert.Equal([AlertDeadlineKind.FirstContact, AlertDeadlineKind.Resolution], alert.PendingKinds());
    }

    [Fact]
    public void Acknowledge_Twice_IsRefusedByName()
    {
        var alert = AlertFixtures.Raised(Now);
        var first = UserId.New();
        alert.Acknowledge(first, Now.AddMinutes(1)).Ok();
        var events = alert.Events.Count;

        alert.Acknowledge(UserId.New(), Now.AddMinutes(2)).Refused(ErrorKind.Conflict, Alert.AlreadyAcknowledged);

        Assert.Equal((first, Now.AddMinutes(1), events), (alert.AcknowledgedBy!.Value, alert.AcknowledgedAt!.Value, alert.Events.Count));
    }

    [Fact]
    public void Acknowledge_AResolvedAlert_IsRefusedAsResolved()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(1), assessment: AlertFixtures.Assessed).Ok();
        var events = alert.Events.Count;

        alert.Acknowledge(UserId.New(), Now.AddMinutes(2)).Refused(ErrorKind.Conflict, Alert.AlreadyResolved);

        Assert.Equal((AlertStatus.Resolved, events), (alert.Status, alert.Events.Count));
    }

    [Fact]
    public void Acknowledge_AReopenedAlert_IsAllowedAgain_AndStopsTheNewEscalation()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        var first = UserId.New();
        var second = UserId.New();
        alert.Acknowledge(first, Now.AddMinutes(1)).Ok();
        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(10), AlertFixtures.Assessment).Ok();

        alert.Acknowledge(second, Now.AddMinutes(12)).Ok();

        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.DoesNotContain(alert.Deadlines, d => d.IsPending && d.Kind == AlertDeadlineKind.Escalation);
        // The new acknowledgement starts new first-contact and resolution deadlines for the new tier.
        Assert.Equal(Now.AddMinutes(12) + EscalationPolicy.Default.FirstContactWithin(RiskTier.Imminent), alert.PendingDeadline(AlertDeadlineKind.FirstContact).DueAt);
        Assert.Equal(
            [(first, Now.AddMinutes(1)), (second, Now.AddMinutes(12))],
            alert.Events.Where(e => e.Kind == AlertEventKind.Acknowledged).Select(e => (e.ActorUserId!.Value, e.At)));
    }

    [Fact]
    public void Reopening_ClearsTheCurrentAcknowledgement_AndKeepsTheFirstForTimeToAcknowledge()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        var first = UserId.New();
        alert.Acknowledge(first, Now.AddMinutes(10)).Ok();

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(20), AlertFixtures.Assessment).Ok();

        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.AcknowledgedAt);
        Assert.Null(alert.AcknowledgedBy);
        Assert.Equal(Now.AddMinutes(10), alert.FirstAcknowledgedAt);

        var second = UserId.New();
        alert.Acknowledge(second, Now.AddMinutes(25)).Ok();
        Assert.Equal((second, Now.AddMinutes(25)), (alert.AcknowledgedBy!.Value, alert.AcknowledgedAt!.Value));
        Assert.Equal(Now.AddMinutes(10), alert.FirstAcknowledgedAt);
    }
}
