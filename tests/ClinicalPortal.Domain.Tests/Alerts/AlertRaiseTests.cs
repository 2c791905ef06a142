using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertRaiseTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Raise_OpensTheAlert_ForTheClientAndTheirClinician()
    {
        var (org, client, clinician) = (OrganizationId.New(), ClientId.New(), UserId.New());
        var (alert, _) = Alert.Raise(org, client, clinician, AlertFixtures.Trigger(RiskTier.High), EscalationPolicy.Default, Now, AlertFixtures.Assessment);

        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal((org, client, clinician), (alert.OrganizationId, alert.ClientId, alert.ClinicianId));
        Assert.Equal((RiskTier.High, Now, 0), (alert.Tier, alert.CreatedAt, alert.Level));
        Assert.NotEqual(Guid.Empty, alert.Id.Value);
        Assert.Null(alert.AcknowledgedAt);
        Assert.Null(alert.AcknowledgedBy);
        Assert.Null(alert.ResolvedAt);
        Assert.Null(alert.ResolvedBy);
        Assert.Null(alert.Disposition);
        Assert.Null(alert.FollowUpAt);
    }

    [Fact]
    public void Raise_TwoAlerts_HaveDifferentIds() =>
        Assert.NotEqual(AlertFixtures.Raised(Now).Id, AlertFixtures.Raised(Now).Id);

    [Fact]
    public void Raise_RecordsRaised_WithTheTriggerAndTheActor()
    {
        var reference = Guid.NewGuid();
        var trigger = new AlertTrigger(AlertSource.Assessment, RiskTier.Imminent, reference, ["cssrs.q4", "cssrs.q5"], "I have a plan");
        var (alert, _) = Alert.Raise(OrganizationId.New(), ClientId.New(), UserId.New(), trigger, EscalationPolicy.Default, Now, AlertFixtures.Assessment);

        var raised = Assert.Single(alert.Events);
        Assert.Equal(AlertEventKind.Raised, raised.Kind);
        Assert.Equal((alert.Id, alert.OrganizationId, Now), (raised.AlertId, raised.OrganizationId, raised.At));
        Assert.Equal((AlertSource.Assessment, RiskTier.Imminent, reference, "I have a plan"), (raised.Source, raised.Tier, raised.ReferenceId, raised.TextProtected));
        Assert.Equal(["cssrs.q4", "cssrs.q5"], raised.Codes!);
        Assert.Null(raised.ActorUserId);
        Assert.Equal("system:assessment", raised.ActorSystem);
        Assert.NotEqual(Guid.Empty, raised.Id.Value);
    }

    [Fact]
    public void Raise_ByAClinician_RecordsThePerson_AndNoCodes()
    {
        var clinician = UserId.New();
        var trigger = new AlertTrigger(AlertSource.Clinician, RiskTier.Elevated, null, [], "Worried after the session");
        var (alert, _) = Alert.Raise(OrganizationId.New(), ClientId.New(), clinician, trigger, EscalationPolicy.Default, Now, Actor.Person(clinician));

        var raised = Assert.Single(alert.Events);
        Assert.Equal((clinician, (string?)null), (raised.ActorUserId!.Value, raised.ActorSystem));
        Assert.Equal((AlertSource.Clinician, (Guid?)null, "Worried after the session"), (raised.Source, raised.ReferenceId, raised.TextProtected));
        Assert.Null(raised.Codes);
    }

    [Fact]
    public void Raise_NotifiesTheClinician_InRoundZero()
    {
        var (alert, notify) = AlertFixtures.Raise(Now);
        Assert.Equal(new EscalationStep(0, EscalationTarget.Clinician), notify);
        Assert.Equal(0, alert.LastRound);
    }

    [Theory]
    [InlineData(RiskTier.Imminent, 15)]
    [InlineData(RiskTier.High, 60)]
    [InlineData(RiskTier.Elevated, 1440)]
    public void Raise_SchedulesOneEscalationToTheSupervisor_AtTheTiersDefaultDeadline(RiskTier tier, int minutes)
    {
        var (alert, notify) = AlertFixtures.Raise(Now, tier);

        var deadline = Assert.Single(alert.Deadlines);
        Assert.True(deadline.IsPending);
        Assert.Equal((AlertDeadlineKind.Escalation, 1, Now.AddMinutes(minutes)), (deadline.Kind, deadline.Level, deadline.DueAt));
        Assert.Equal((alert.Id, alert.OrganizationId), (deadline.AlertId, deadline.OrganizationId));
        Assert.Null(deadline.FiredAt);
        Assert.Null(deadline.CancelledAt);
        Assert.Null(deadline.ClaimedUntil);
        Assert.NotEqual(notify.Round, deadline.Round);
        Assert.InRange(deadline.Round, 1, alert.RoundsAllocated);
    }

    [Fact]
    public void Raise_UsesTheGivenPolicy_AndKeepsIt()
    {
        var policy = AlertFixtures.Policy(imminent: 5, high: 20, elevated: 90);
        var alert = AlertFixtures.Raised(Now, RiskTier.High, policy);
        Assert.Same(policy, alert.Policy);
        Assert.Equal(Now.AddMinutes(20), alert.PendingDeadline().DueAt);
    }

    [Fact]
    public void Raise_KeepsThePolicySnapshot_WhenTheOrganisationsSettingsChangeLater()
    {
        var minutes = AlertFixtures.Minutes(10, 30, 60);
        var onCall = new List<Guid> { Guid.NewGuid() };
        var policy = EscalationPolicy.Create(minutes, 40, onCall, 5).Ok();
        var alert = AlertFixtures.Raised(Now, RiskTier.High, policy);

        // The organisation edits what it sent: the alert's deadlines do not move.
        minutes[RiskTier.High] = 1;
        onCall.Add(Guid.NewGuid());

        Assert.Equal(30, alert.Policy.AcknowledgeWithinMinutes[RiskTier.High]);
        Assert.Single(alert.Policy.OnCallUserIds);
        alert.FireDue();
        Assert.Equal(Now.AddMinutes(30 + 40), alert.PendingDeadline().DueAt);
        alert.FireDue();
        Assert.Equal(Now.AddMinutes(30 + 40 + 5), alert.PendingDeadline().DueAt);
    }

    [Fact]
    public void Raise_CutsEveryTime_ToWholeMicroseconds()
    {
        var precise = Now.AddTicks(7).ToOffset(TimeSpan.FromHours(2));
        var alert = AlertFixtures.Raised(precise, RiskTier.Imminent);

        Assert.Equal(Now, alert.CreatedAt);
        Assert.Equal(TimeSpan.Zero, alert.CreatedAt.Offset);
        Assert.Equal(Now, alert.Events[0].At);
        Assert.Equal(Now.AddMinutes(15), alert.PendingDeadline().DueAt);
        Assert.Equal(0, alert.PendingDeadline().DueAt.UtcTicks % 10);
    }

    [Theory]
    [InlineData(-1, EscalationTarget.Clinician)]
    [InlineData(0, EscalationTarget.Clinician)]
    [InlineData(1, EscalationTarget.Supervisor)]
    [InlineData(2, EscalationTarget.OnCall)]
    [InlineData(3, EscalationTarget.Everyone)]
    [InlineData(4, EscalationTarget.Everyone)]
    [InlineData(1000, EscalationTarget.Everyone)]
    public void TargetOf_ClinicianSupervisorOnCall_ThenEveryone(int level, EscalationTarget target) =>
        Assert.Equal(target, Alert.TargetOf(level));
}
