using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertResolveTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Disposition.ContactedSafe)]
    [InlineData(Disposition.SafetyPlanReviewed)]
    [InlineData(Disposition.EmergencyReferral)]
    [InlineData(Disposition.FalsePositive)]
    public void Resolve_WithADisposition_ClosesTheAlert(Disposition disposition)
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(1)).Ok();
        var by = UserId.New();

        alert.Resolve(disposition, "  Spoke to the client. ", null, by, Now.AddMinutes(20)).Ok();

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal((Now.AddMinutes(20), by, disposition), (alert.ResolvedAt!.Value, alert.ResolvedBy!.Value, alert.Disposition!.Value));
        var entry = alert.Events[^1];
        Assert.Equal((AlertEventKind.Resolved, disposition, "Spoke to the client.", Now.AddMinutes(20)), (entry.Kind, entry.Disposition, entry.TextProtected, entry.At));
        Assert.Equal(by, entry.ActorUserId);
        Assert.Null(alert.FollowUpAt);
        alert.HasNoPendingDeadline();
    }

    [Fact]
    public void Resolve_AnOpenAlert_IsAcknowledgedFirst_BySamePerson()
    {
        var alert = AlertFixtures.Raised(Now);
        var deadline = alert.PendingDeadline();
        var by = UserId.New();

        alert.Resolve(Disposition.EmergencyReferral, "Referred to the ED", null, by, Now.AddMinutes(9), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal((by, Now.AddMinutes(9)), (alert.AcknowledgedBy!.Value, alert.AcknowledgedAt!.Value));
        Assert.Equal([AlertEventKind.Raised, AlertEventKind.Acknowledged, AlertEventKind.Resolved], alert.Events.Select(e => e.Kind));
        Assert.Equal(by, alert.Events[1].ActorUserId);
        Assert.Equal(Now.AddMinutes(9), deadline.CancelledAt);
    }

    [Fact]
    public void Resolve_AnAcknowledgedAlert_KeepsWhoAcknowledgedIt()
    {
        var alert = AlertFixtures.Raised(Now);
        var acknowledger = UserId.New();
        alert.Acknowledge(acknowledger, Now.AddMinutes(1)).Ok();

        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal((acknowledger, Now.AddMinutes(1)), (alert.AcknowledgedBy!.Value, alert.AcknowledgedAt!.Value));
        Assert.Single(alert.Events, e => e.Kind == AlertEventKind.Acknowledged);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n")]
    public void Resolve_WithoutANote_IsRefusedByName_AndChangesNothing(string note)
    {
        var alert = AlertFixtures.Raised(Now);
        var deadline = alert.PendingDeadline();

        alert.Resolve(Disposition.ContactedSafe, note, null, UserId.New(), Now.AddMinutes(1), assessment: AlertFixtures.Assessed).Refused(ErrorKind.RuleViolation, Alert.NoteRequired);

        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.AcknowledgedAt);
        Assert.True(deadline.IsPending);
        Assert.Single(alert.Events);
    }

    [Fact]
    public void Resolve_Twice_IsRefusedAsResolved()
    {
        var alert = AlertFixtures.Raised(Now);
        var first = UserId.New();
        alert.Resolve(Disposition.ContactedSafe, "Safe", null, first, Now.AddMinutes(1), assessment: AlertFixtures.Assessed).Ok();
        var events = alert.Events.Count;

        alert.Resolve(Disposition.FalsePositive, "Actually a mistake", null, UserId.New(), Now.AddMinutes(2), assessment: AlertFixtures.Assessed).Refused(ErrorKind.Conflict, Alert.AlreadyResolved);
        alert.UnableToReach("No answer", Now.AddHours(12), UserId.New(), Now.AddMinutes(3)).Refused(ErrorKind.Conflict, Alert.AlreadyResolved);

        Assert.Equal((first, Disposition.ContactedSafe, Now.AddMinutes(1)), (alert.ResolvedBy!.Value, alert.Disposition!.Value, alert.ResolvedAt!.Value));
        Assert.Equal(events, alert.Events.Count);
        alert.HasNoPendingDeadline();
    }

    [Fact]
    public void Resolve_UnableToReach_WithoutAFollowUp_IsRefusedByName_AndChangesNothing()
    {
        var alert = AlertFixtures.Raised(Now);

        alert.UnableToReach("No answer", null, UserId.New(), Now.AddMinutes(1)).Refused(ErrorKind.RuleViolation, Alert.FollowUpRequired);

        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.AcknowledgedAt);
        Assert.True(alert.PendingDeadline().IsPending);
        Assert.Single(alert.Events);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-60 * 24)]
    public void Resolve_UnableToReach_WithAFollowUpNotInTheFuture_IsRefusedByName(int minutes)
    {
        var alert = AlertFixtures.Raised(Now);
        var at = Now.AddMinutes(30);

        alert.UnableToReach("No answer", at.AddMinutes(minutes), UserId.New(), at).Refused(ErrorKind.RuleViolation, Alert.FollowUpInPast);

        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.FollowUpAt);
        Assert.Single(alert.Deadlines);
    }

    [Theory]
    [InlineData(RiskTier.Imminent, 4 * 60)]
    [InlineData(RiskTier.High, 24 * 60)]
    [InlineData(RiskTier.Elevated, 7 * 24 * 60)]
    public void Resolve_UnableToReach_FollowsUpWithinTheTiersBound_AndNoLater(RiskTier tier, int minutes)
    {
        var late = AlertFixtures.Raised(Now, tier);
        var at = Now.AddMinutes(30);

        late.UnableToReach("No answer", at.AddMinutes(minutes + 1), UserId.New(), at).Refused(ErrorKind.RuleViolation, Alert.FollowUpTooLate);
        Assert.Equal((AlertStatus.Open, 1), (late.Status, late.Events.Count));
        Assert.Null(late.FollowUpAt);

        var onTime = AlertFixtures.Raised(Now, tier);
        onTime.UnableToReach("No answer", at.AddMinutes(minutes), UserId.New(), at).Ok();
        Assert.Equal(at.AddMinutes(minutes), onTime.FollowUpAt);
    }

    [Fact]
    public void Resolve_UnableToReach_WithoutTheChannelTried_IsRefusedByName_AndChangesNothing()
    {
        var alert = AlertFixtures.Raised(Now);

        alert.Resolve(Disposition.UnableToReach, "No answer", Now.AddHours(2), UserId.New(), Now.AddMinutes(1))
            .Refused(ErrorKind.RuleViolation, Alert.ChannelRequired);

        Assert.Equal((AlertStatus.Open, 1, 1), (alert.Status, alert.Events.Count, alert.Version));
    }

    [Fact]
    public void Resolve_UnableToReach_KeepsTheAlertAcknowledged_WithAFollowUpDeadline()
    {
        var alert = AlertFixtures.Raised(Now);
        var escalation = alert.PendingDeadline();
        var by = UserId.New();
        var followUp = Now.AddHours(20);

        alert.UnableToReach(" Voicemail twice ", followUp, by, Now.AddMinutes(30)).Ok();

        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.Equal((by, followUp), (alert.AcknowledgedBy!.Value, alert.FollowUpAt!.Value));
        Assert.Null(alert.ResolvedAt);
        Assert.Null(alert.ResolvedBy);
        Assert.Null(alert.Disposition);
        Assert.Equal(Now.AddMinutes(30), escalation.CancelledAt);

        // The follow-up stands in for first contact; the resolution deadline of the acknowledgement keeps running.
        Assert.Equal([AlertDeadlineKind.FollowUp, AlertDeadlineKind.Resolution], alert.PendingKinds());
        var deadline = alert.PendingDeadline(AlertDeadlineKind.FollowUp);
        Assert.Equal((AlertDeadlineKind.FollowUp, 0, followUp), (deadline.Kind, deadline.Level, deadline.DueAt));
        Assert.DoesNotContain(deadline.Round, (int[])[0, escalation.Round]);
        Assert.Equal(Now.AddMinutes(30) + EscalationPolicy.Default.ResolveWithin(RiskTier.High), alert.PendingDeadline(AlertDeadlineKind.Resolution).DueAt);

        var entry = alert.Events[^1];
        Assert.Equal((AlertEventKind.FollowUpScheduled, Disposition.UnableToReach, "Voicemail twice"), (entry.Kind, entry.Disposition, entry.TextProtected));
        Assert.Equal(ContactChannel.Phone, entry.Channel);
        Assert.Equal((followUp, by), (entry.DueAt!.Value, entry.ActorUserId!.Value));
        Assert.DoesNotContain(alert.Events, e => e.Kind == AlertEventKind.Resolved);
    }

    [Fact]
    public void FollowUp_WhenItComesDue_OpensTheAlertAgain_ForTheClinician()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.FireDue();
        alert.UnableToReach("No answer", Now.AddHours(20), UserId.New(), Now.AddHours(2)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);

        var notify = alert.Fire(followUp, followUp.DueAt, AlertFixtures.Worker);

        Assert.Equal(new EscalationStep(followUp.Round, EscalationTarget.Clinician), notify);
        Assert.Equal((AlertStatus.Open, 0, followUp.Round), (alert.Status, alert.Level, alert.LastRound));
        Assert.Null(alert.FollowUpAt);
        Assert.Equal(Now.AddHours(20), followUp.FiredAt);
        var reopened = alert.Events[^1];
        Assert.Equal((AlertEventKind.Reopened, followUp.Round, Now.AddHours(20)), (reopened.Kind, reopened.Round!.Value, reopened.At));
        Assert.Equal("system:escalation", reopened.ActorSystem);

        var escalation = alert.PendingDeadline();
        Assert.Equal((AlertDeadlineKind.Escalation, 1, Now.AddHours(20).AddMinutes(60)), (escalation.Kind, escalation.Level, escalation.DueAt));
        Assert.Equal(EscalationTarget.Supervisor, alert.FireDue().Target);
    }

    [Fact]
    public void FollowUp_FiresOnce()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.UnableToReach("No answer", Now.AddHours(12), UserId.New(), Now.AddMinutes(5)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);
        Assert.NotNull(alert.Fire(followUp, followUp.DueAt, AlertFixtures.Worker));
        var (events, deadlines) = (alert.Events.Count, alert.Deadlines.Count);

        Assert.Null(alert.Fire(followUp, followUp.DueAt.AddMinutes(1), AlertFixtures.Worker));

        Assert.Equal((events, deadlines), (alert.Events.Count, alert.Deadlines.Count));
    }

    [Fact]
    public void FollowUp_AfterTheAlertWasResolved_DoesNotOpenIt()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.UnableToReach("No answer", Now.AddHours(12), UserId.New(), Now.AddMinutes(5)).Ok();
        var followUp = alert.PendingDeadline(AlertDeadlineKind.FollowUp);

        alert.Resolve(Disposition.ContactedSafe, "Client called back, safe", null, UserId.New(), Now.AddHours(3), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal(Now.AddHours(3), followUp.CancelledAt);
        Assert.Null(alert.Fire(followUp, followUp.DueAt, AlertFixtures.Worker));
        Assert.Equal((AlertStatus.Resolved, Disposition.ContactedSafe), (alert.Status, alert.Disposition!.Value));
        Assert.DoesNotContain(alert.Events, e => e.Kind == AlertEventKind.Reopened);
        alert.HasNoPendingDeadline();
    }

    [Fact]
    public void Resolve_UnableToReachAgain_ReplacesTheFollowUp()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.UnableToReach("No answer", Now.AddHours(12), UserId.New(), Now.AddMinutes(5)).Ok();
        var first = alert.PendingDeadline(AlertDeadlineKind.FollowUp);

        alert.UnableToReach("Still no answer", Now.AddHours(20), UserId.New(), Now.AddHours(5)).Ok();

        Assert.Equal(Now.AddHours(5), first.CancelledAt);
        var second = alert.PendingDeadline(AlertDeadlineKind.FollowUp);
        Assert.Equal((AlertDeadlineKind.FollowUp, Now.AddHours(20)), (second.Kind, second.DueAt));
        Assert.NotEqual(first.Round, second.Round);
        Assert.Equal((AlertStatus.Acknowledged, Now.AddHours(20)), (alert.Status, alert.FollowUpAt!.Value));
        Assert.Null(alert.Fire(first, first.DueAt, AlertFixtures.Worker));
    }

    [Fact]
    public void Resolve_AReopenedAlert_ClosesIt()
    {
        var alert = AlertFixtures.Raised(Now);
        alert.UnableToReach("No answer", Now.AddHours(12), UserId.New(), Now.AddMinutes(5)).Ok();
        alert.FireDue(kind: AlertDeadlineKind.FollowUp);
        Assert.Equal(AlertStatus.Open, alert.Status);
        var by = UserId.New();

        alert.Resolve(Disposition.ContactedSafe, "Reached on the second try", null, by, Now.AddHours(12).AddMinutes(10), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal((AlertStatus.Resolved, by), (alert.Status, alert.ResolvedBy!.Value));
        Assert.Equal(2, alert.Events.Count(e => e.Kind == AlertEventKind.Acknowledged));
        alert.HasNoPendingDeadline();
    }

    [Theory]
    [InlineData(RiskTier.High, Disposition.ContactedSafe)]
    [InlineData(RiskTier.Imminent, Disposition.EmergencyReferral)]
    [InlineData(RiskTier.Imminent, Disposition.FalsePositive)]
    public void Resolve_AHighOrImminentAlert_WithoutARiskAssessment_IsRefusedByName_AndChangesNothing(RiskTier tier, Disposition disposition)
    {
        var alert = AlertFixtures.Raised(Now, tier);
        var (events, version) = (alert.Events.Count, alert.Version);

        alert.Resolve(disposition, "Safe", null, UserId.New(), Now.AddMinutes(5)).Refused(ErrorKind.RuleViolation, Alert.AssessmentRequired);

        Assert.Equal((AlertStatus.Open, events, version), (alert.Status, alert.Events.Count, alert.Version));
        Assert.Null(alert.RiskAssessment);
    }

    [Fact]
    public void Resolve_WithARiskAssessment_KeepsIt()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);

        alert.Resolve(Disposition.SafetyPlanReviewed, "Reviewed the plan", null, UserId.New(), Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal((AlertStatus.Resolved, AlertFixtures.Assessed), (alert.Status, alert.RiskAssessment));
    }

    [Fact]
    public void Resolve_WithANextContactNotInTheFuture_IsRefusedByName()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);

        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(5),
                assessment: AlertFixtures.Assessed with { NextContactAt = Now.AddMinutes(5) })
            .Refused(ErrorKind.RuleViolation, Alert.NextContactInPast);
        Assert.Equal(AlertStatus.Open, alert.Status);
    }

    [Fact]
    public void FalsePositive_OnAHighAlert_AwaitsASecondPerson_AndItsDeadlinesKeepRunning()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        var proposer = UserId.New();

        alert.Resolve(Disposition.FalsePositive, "Ticked by mistake, says the client", null, proposer, Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();

        Assert.Equal((AlertStatus.AwaitingCosign, proposer), (alert.Status, alert.CosignRequestedBy!.Value));
        Assert.Null(alert.ResolvedAt);
        Assert.Equal([AlertDeadlineKind.FirstContact, AlertDeadlineKind.Resolution], alert.PendingKinds());
        Assert.Equal(AlertEventKind.CosignRequested, alert.Events[^1].Kind);
        // A deadline that runs out meanwhile escalates as for an acknowledged alert.
        Assert.Equal(EscalationTarget.Supervisor, alert.FireDue(kind: AlertDeadlineKind.FirstContact).Target);
    }

    [Fact]
    public void Cosign_BySomeoneElse_ResolvesTheFalsePositive()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Imminent);
        var proposer = UserId.New();
        alert.Resolve(Disposition.FalsePositive, "Mistake", null, proposer, Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();
        var supervisor = UserId.New();

        alert.Cosign(" Agreed after speaking to the client ", supervisor, Now.AddMinutes(30), alert.Version).Ok();

        Assert.Equal((AlertStatus.Resolved, Disposition.FalsePositive, proposer), (alert.Status, alert.Disposition!.Value, alert.ResolvedBy!.Value));
        Assert.Equal((supervisor, Now.AddMinutes(30)), (alert.CosignedBy!.Value, alert.CosignedAt!.Value));
        Assert.Equal((AlertEventKind.Cosigned, "Agreed after speaking to the client"), (alert.Events[^1].Kind, alert.Events[^1].TextProtected));
        alert.HasNoPendingDeadline();
    }

    [Fact]
    public void Cosign_ByTheProposer_OrWhenNothingAwaits_OrOnAnOlderVersion_IsRefused()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        var proposer = UserId.New();
        alert.Cosign("Agreed", UserId.New(), Now.AddMinutes(1)).Refused(ErrorKind.Conflict, Alert.NotAwaitingCosign);
        alert.Resolve(Disposition.FalsePositive, "Mistake", null, proposer, Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();
        var shown = alert.Version;

        alert.Cosign("Agreed", proposer, Now.AddMinutes(6)).Refused(ErrorKind.RuleViolation, Alert.CosignBySamePerson);
        alert.Cosign(" ", UserId.New(), Now.AddMinutes(6)).Refused(ErrorKind.RuleViolation, Alert.NoteRequired);
        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(7), AlertFixtures.Assessment).Ok();
        alert.Cosign("Agreed", UserId.New(), Now.AddMinutes(8), shown).Refused(ErrorKind.Conflict, Alert.Changed);

        // The new trigger opened the alert again: the proposal is gone, and it escalates.
        Assert.Equal((AlertStatus.Open, (UserId?)null, (RiskAssessment?)null), (alert.Status, alert.CosignRequestedBy, alert.RiskAssessment));
        Assert.Equal([AlertDeadlineKind.Escalation], alert.PendingKinds());
    }
}
