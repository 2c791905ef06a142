using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

/// <summary>No stale decision closes a newer crisis: a decision names the version it was taken on.</summary>
public sealed class AlertVersionTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryDecision_RaisesTheVersion_AndNotesEscalationsAndContactsDoNot()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        Assert.Equal(1, alert.Version);

        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Elevated), Now.AddMinutes(1), AlertFixtures.Assessment).Ok();
        Assert.Equal(2, alert.Version);
        alert.FireDue();
        alert.AddNote("Called the GP", Actor.Person(UserId.New()), Now.AddMinutes(2)).Ok();
        Assert.Equal(2, alert.Version);
        alert.Acknowledge(UserId.New(), Now.AddDays(1).AddMinutes(30)).Ok();
        Assert.Equal(3, alert.Version);
        alert.RecordContact(ContactChannel.Phone, reached: false, null, UserId.New(), Now.AddDays(1).AddMinutes(31)).Ok();
        Assert.Equal(3, alert.Version);
        alert.UnableToReach("No answer", Now.AddDays(2), UserId.New(), Now.AddDays(1).AddMinutes(32)).Ok();
        Assert.Equal(4, alert.Version);
        alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddDays(1).AddHours(2), expectedVersion: 4, assessment: AlertFixtures.Assessed).Ok();
        Assert.Equal(5, alert.Version);
    }

    [Fact]
    public void Resolve_OnTheVersionBeforeANewTrigger_IsRefused_AndChangesNothing()
    {
        // A supervisor's form loaded at version 2; then the client pressed "I need help now".
        var alert = AlertFixtures.Raised(Now, RiskTier.Elevated);
        alert.Acknowledge(UserId.New(), Now.AddMinutes(5)).Ok();
        var shown = alert.Version;
        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent, AlertSource.ClientRequest), Now.AddMinutes(10), AlertFixtures.Assessment).Ok();
        var (events, pending, version) = (alert.Events.Count, alert.Deadlines.Single(d => d.IsPending), alert.Version);

        var refused = alert.Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(11), expectedVersion: shown, assessment: AlertFixtures.Assessed)
            .Refused(ErrorKind.Conflict, Alert.Changed);

        Assert.Equal((shown, version), ((int)refused.Details["expectedVersion"], (int)refused.Details["currentVersion"]));
        Assert.Equal((AlertStatus.Open, RiskTier.Imminent, events, version), (alert.Status, alert.Tier, alert.Events.Count, alert.Version));
        Assert.True(pending.IsPending);
        alert.Resolve(Disposition.ContactedSafe, "Safe, seen the new message", null, UserId.New(), Now.AddMinutes(12), expectedVersion: version, assessment: AlertFixtures.Assessed).Ok();
    }

    [Fact]
    public void Acknowledge_OnAnOlderVersion_IsRefused_AndTheEscalationRuns()
    {
        var alert = AlertFixtures.Raised(Now, RiskTier.High);
        alert.AddTrigger(AlertFixtures.Trigger(RiskTier.Imminent), Now.AddMinutes(1), AlertFixtures.Assessment).Ok();

        alert.Acknowledge(UserId.New(), Now.AddMinutes(2), expectedVersion: 1).Refused(ErrorKind.Conflict, Alert.Changed);

        Assert.Equal((AlertStatus.Open, AlertDeadlineKind.Escalation), (alert.Status, alert.PendingDeadline().Kind));
        alert.Acknowledge(UserId.New(), Now.AddMinutes(2), expectedVersion: 2).Ok();
    }

    [Fact]
    public void Resolve_OnAVersionNotYetReached_IsRefused() =>
        AlertFixtures.Raised(Now).Resolve(Disposition.ContactedSafe, "Safe", null, UserId.New(), Now.AddMinutes(1), expectedVersion: 7, assessment: AlertFixtures.Assessed)
            .Refused(ErrorKind.Conflict, Alert.Changed);
}
