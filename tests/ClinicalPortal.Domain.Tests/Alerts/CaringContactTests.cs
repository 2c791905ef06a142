using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

/// <summary>What closing an alert plans (<see cref="CaringContact"/>), and how each caring contact moves.</summary>
public sealed class CaringContactTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RiskTier.High, Disposition.ContactedSafe)]
    [InlineData(RiskTier.Imminent, Disposition.SafetyPlanReviewed)]
    [InlineData(RiskTier.Imminent, Disposition.EmergencyReferral)]
    public void ClosingAHighOrImminentAlert_PlansCheckInsAt24And72Hours_AndAReviewInAWeek(RiskTier tier, Disposition disposition)
    {
        var alert = Closed(tier, disposition);
        var closed = alert.ResolvedAt!.Value;

        var planned = CaringContact.PlanAfter(alert);

        Assert.Equal(
            [(CaringContactKind.CheckIn, closed.AddHours(24)), (CaringContactKind.CheckIn, closed.AddHours(72)), (CaringContactKind.SafetyPlanReview, closed.AddDays(7))],
            planned.Select(c => (c.Kind, c.DueAt)));
        Assert.All(planned, c => Assert.Equal((alert.Id, alert.ClientId, alert.OrganizationId), (c.AlertId, c.ClientId, c.OrganizationId)));
        Assert.All(planned, c => Assert.Equal(CaringContactState.Planned, c.StateAt(closed)));
    }

    [Fact]
    public void AnElevatedAlert_AFalsePositive_OrAnAlertStillOpen_PlansNothing()
    {
        Assert.Empty(CaringContact.PlanAfter(Closed(RiskTier.Elevated, Disposition.ContactedSafe)));

        var falsePositive = AlertFixtures.Raised(Now, RiskTier.High);
        falsePositive.Resolve(Disposition.FalsePositive, "Wrong box ticked", null, UserId.New(), Now.AddMinutes(5), assessment: AlertFixtures.Assessed).Ok();
        Assert.Equal(AlertStatus.AwaitingCosign, falsePositive.Status);
        Assert.Empty(CaringContact.PlanAfter(falsePositive));
        falsePositive.Cosign("Agree", UserId.New(), Now.AddMinutes(10)).Ok();
        Assert.Equal(AlertStatus.Resolved, falsePositive.Status);
        Assert.Empty(CaringContact.PlanAfter(falsePositive));

        var unreached = AlertFixtures.Raised(Now, RiskTier.Imminent);
        unreached.Resolve(Disposition.UnableToReach, "No answer", Now.AddHours(2), UserId.New(), Now.AddMinutes(5), channel: ContactChannel.Phone,
            assessment: AlertFixtures.Assessed).Ok();
        Assert.Empty(CaringContact.PlanAfter(unreached));
    }

    [Fact]
    public void ACheckIn_IsAnsweredOnce_AndOnlyWhenDue()
    {
        var checkIn = CaringContact.PlanAfter(Closed(RiskTier.High, Disposition.ContactedSafe))[0];

        checkIn.AnswerCheckIn(CheckInAnswer.Ok, checkIn.DueAt.AddSeconds(-1)).Refused(ErrorKind.RuleViolation, CaringContact.NotDue);
        Assert.Equal(CaringContactState.Due, checkIn.StateAt(checkIn.DueAt));
        checkIn.AnswerCheckIn(CheckInAnswer.NotOk, checkIn.DueAt.AddHours(1)).Ok();
        checkIn.AnswerCheckIn(CheckInAnswer.Ok, checkIn.DueAt.AddHours(2)).Refused(ErrorKind.Conflict, CaringContact.AlreadyAnswered);

        Assert.Equal((CheckInAnswer.NotOk, checkIn.DueAt.AddHours(1)), (checkIn.Answer, checkIn.AnsweredAt));
        Assert.Equal(CaringContactState.AnsweredNotOk, checkIn.StateAt(checkIn.DueAt.AddDays(1)));
    }

    [Fact]
    public void TheMessage_CountsTheFirstSend()
    {
        var checkIn = CaringContact.PlanAfter(Closed(RiskTier.High, Disposition.ContactedSafe))[0];
        checkIn.Messaged(checkIn.DueAt.AddMinutes(1));
        checkIn.Messaged(checkIn.DueAt.AddMinutes(9));
        Assert.Equal(checkIn.DueAt.AddMinutes(1), checkIn.MessagedAt);
    }

    [Fact]
    public void TheReview_IsDoneByASafetyPlanVersion_Once_AndTakesNoAnswer()
    {
        var planned = CaringContact.PlanAfter(Closed(RiskTier.Imminent, Disposition.SafetyPlanReviewed));
        var review = Assert.Single(planned, c => c.Kind == CaringContactKind.SafetyPlanReview);

        review.AnswerCheckIn(CheckInAnswer.Ok, review.DueAt).Refused(ErrorKind.RuleViolation, CaringContact.NotACheckIn);
        Assert.Equal(CaringContactState.Due, review.StateAt(review.DueAt.AddDays(1)));
        Assert.True(review.CompleteReview(3, Now.AddDays(2)));
        Assert.False(review.CompleteReview(4, Now.AddDays(3)));
        Assert.Equal((3, CaringContactState.Done), (review.SafetyPlanVersion, review.StateAt(Now.AddDays(30))));
        Assert.False(planned[0].CompleteReview(3, Now.AddDays(2)));
    }

    private static Alert Closed(RiskTier tier, Disposition disposition)
    {
        var alert = AlertFixtures.Raised(Now, tier);
        alert.Resolve(disposition, "Spoke with the client", null, UserId.New(), Now.AddMinutes(30),
            assessment: tier >= RiskTier.High ? AlertFixtures.Assessed : null).Ok();
        return alert;
    }
}
