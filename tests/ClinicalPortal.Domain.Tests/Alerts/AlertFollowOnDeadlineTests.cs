using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

/// <summary>Acknowledging is not the end: first contact and resolution have deadlines of their own, and missing one escalates.</summary>
public sealed class AlertFollowOnDeadlineTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RiskTier.Imminent, 60, 240)]
    [InlineData(RiskTier.High, 240, 1440)]
    [InlineData(RiskTier.Elevated, 1440, 4320)]
    public void Acknowledge_StartsTheTiersFirstContactAndResolutionDeadlines(RiskTier tier, int contactMinutes, int resolveMinutes)
    {
        var alert = AlertFixtures.Raised(Now, tier);

        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();

        var contact = alert.PendingDeadline(AlertDeadlineKind.FirstContact);
        var resolve = alert.PendingDeadline(AlertDeadlineKind.Resolution);
        Assert.Equal((Now.AddMinutes(5 + contactMinutes), 1), (contact.DueAt, contact.Level));
        Assert.Equal((Now.AddMinutes(5 + resolveMinutes), 1), (resolve.DueAt, resolve.Level));
        Assert.NotEqual(contact.Round, resolve.Round);
    }

    [Fact]
    public void FirstContact_Missed_EscalatesToTheSupervisor_AndKeepsEscalating()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        var contact = alert.PendingDeadline(AlertDeadlineKind.FirstContact);

        var step = alert.Fire(contact, contact.DueAt, AlertFixtures.Worker);

        Assert.Equal(new EscalationStep(contact.Round, EscalationTarget.Supervisor, AlertDeadlineKind.FirstContact), step);
        Assert.Equal((AlertStatus.Acknowledged, 1), (alert.Status, alert.Level));
        var escalated = alert.Events[^1];
        Assert.Equal((AlertEventKind.Escalated, EscalationTarget.Supervisor, AlertDeadlineKind.FirstContact), (escalated.Kind, escalated.Target, escalated.Missed));
        // The supervisor has their deadline to see the client reached; then on-call, then everyone.
        var next = alert.PendingDeadline(AlertDeadlineKind.FirstContact);
        Assert.Equal(contact.DueAt + EscalationPolicy.Default.SupervisorWithin, next.DueAt);
        Assert.Equal(EscalationTarget.OnCall, alert.FireDue(kind: AlertDeadlineKind.FirstContact).Target);
        Assert.Equal(EscalationTarget.Everyone, alert.FireDue(kind: AlertDeadlineKind.FirstContact).Target);
    }

    [Fact]
    public void FirstContact_Missed_AfterAnOnCallAcknowledgement_GoesAboveOnCall()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.FireDue();
        alert.FireDue();
        Assert.Equal(2, alert.Level);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(80)).Ok();

        Assert.Equal(EscalationTarget.Everyone, alert.FireDue(kind: AlertDeadlineKind.FirstContact).Target);
    }

    [Fact]
    public void Contact_ThatReachedTheClient_MeetsTheFirstContactDeadline()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        var contact = alert.PendingDeadline(AlertDeadlineKind.FirstContact);
        var by = UserId.New();

        alert.RecordContact(ContactChannel.Phone, reached: true, " Spoke for 20 minutes ", by, Now.AddMinutes(30)).Ok();

        Assert.Equal(Now.AddMinutes(30), contact.CancelledAt);
        Assert.Equal(Now.AddMinutes(30), alert.ContactedAt);
        Assert.Equal([AlertDeadlineKind.Resolution], alert.PendingKinds());
        var entry = alert.Events[^1];
        Assert.Equal((AlertEventKind.ContactMade, ContactChannel.Phone, "Spoke for 20 minutes", by), (entry.Kind, entry.Channel, entry.TextProtected, entry.ActorUserId!.Value));
        Assert.Null(alert.Fire(contact, contact.DueAt, AlertFixtures.Worker));
    }

    [Fact]
    public void Contact_ThatDidNotReachTheClient_IsListed_AndTheDeadlineRuns()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();

        alert.RecordContact(ContactChannel.TextMessage, reached: false, null, UserId.New(), Now.AddMinutes(30)).Ok();

        Assert.Null(alert.ContactedAt);
        Assert.Equal([AlertDeadlineKind.FirstContact, AlertDeadlineKind.Resolution], alert.PendingKinds());
        Assert.Equal((AlertEventKind.ContactAttempted, ContactChannel.TextMessage, (string?)null), (alert.Events[^1].Kind, alert.Events[^1].Channel, alert.Events[^1].TextProtected));
    }

    [Fact]
    public void Contact_OnAnOpenAlert_AcknowledgesItFirst_BySamePerson()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);
        var by = UserId.New();

        alert.RecordContact(ContactChannel.InPerson, reached: true, null, by, Now.AddMinutes(3)).Ok();

        Assert.Equal((AlertStatus.Acknowledged, by), (alert.Status, alert.AcknowledgedBy!.Value));
        Assert.Equal([AlertEventKind.Raised, AlertEventKind.Acknowledged, AlertEventKind.ContactMade], alert.Events.Select(e => e.Kind));
        Assert.Equal([AlertDeadlineKind.Resolution], alert.PendingKinds());
    }

    [Fact]
    public void Contact_ThatReachedTheClient_MakesAPendingFollowUpMoot()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.UnableToReach("No answer", Now.AddHours(6), UserId.New(), Now.AddMinutes(10)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);

        alert.RecordContact(ContactChannel.Phone, reached: true, null, UserId.New(), Now.AddHours(1)).Ok();

        Assert.Equal(Now.AddHours(1), followUp.CancelledAt);
        Assert.Null(alert.FollowUpAt);
        Assert.Equal([AlertDeadlineKind.Resolution], alert.PendingKinds());
    }

    [Fact]
    public void Contact_OnAResolvedAlert_IsRefusedAsResolved()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(1), assessment: AlertFixtures.Assessed).Ok();
        var events = alert.Events.Count;

        alert.RecordContact(ContactChannel.Phone, reached: true, null, UserId.New(), Now.AddMinutes(2)).Refused(ErrorKind.Conflict, Alert.AlreadyResolved);

        Assert.Equal(events, alert.Events.Count);
    }

    [Fact]
    public void Resolution_Missed_EscalatesEvenAfterTheClientWasReached()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        alert.RecordContact(ContactChannel.Phone, reached: true, null, UserId.New(), Now.AddMinutes(20)).Ok();
        var resolve = alert.PendingDeadline(AlertDeadlineKind.Resolution);

        var step = alert.Fire(resolve, resolve.DueAt, AlertFixtures.Worker);

        Assert.Equal(new EscalationStep(resolve.Round, EscalationTarget.Supervisor, AlertDeadlineKind.Resolution), step);
        Assert.Equal(Now.AddMinutes(5 + 240), resolve.FiredAt);
        Assert.Equal(AlertDeadlineKind.Resolution, alert.Events[^1].Missed);
        Assert.Equal([AlertDeadlineKind.Resolution], alert.PendingKinds());
    }

    [Fact]
    public void Resolve_EndsEveryDeadline()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        var pending = alert.Deadlines.Where(d => d.IsPending).ToList();

        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(50), assessment: AlertFixtures.Assessed).Ok();

        alert.HasNoPendingDeadline();
        Assert.All(pending, d => Assert.Null(alert.Fire(d, d.DueAt, AlertFixtures.Worker)));
    }

    [Fact]
    public void ANewTrigger_AfterContact_OpensTheAlert_AndTheNextAcknowledgementNeedsContactAgain()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.RecordContact(ContactChannel.Phone, reached: true, null, UserId.New(), Now.AddMinutes(20)).Ok();

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddHours(1), AlertFixtures.Assessment).Ok();

        Assert.Equal((AlertStatus.Open, (DateTimeOffset?)null), (alert.Status, alert.ContactedAt));
        Assert.Equal([AlertDeadlineKind.Escalation], alert.PendingKinds());
        alert.Acknowledge(UserId.New(), Now.AddHours(1).AddMinutes(5)).Ok();
        Assert.Equal(Now.AddHours(1).AddMinutes(65), alert.PendingDeadline(AlertDeadlineKind.FirstContact).DueAt);
    }
}
