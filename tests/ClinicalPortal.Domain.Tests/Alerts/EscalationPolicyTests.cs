using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class EscalationPolicyTests
{
    private static Result<EscalationPolicy> Create(
        int imminent = 15, int high = 60, int elevated = 1440, int supervisor = 15, int repeat = 15, IReadOnlyList<Guid>? onCall = null) =>
        EscalationPolicy.Create(AlertFixtures.Minutes(imminent, high, elevated), supervisor, onCall ?? [], repeat);

    private static string[] Refused(Result<EscalationPolicy> result)
    {
        var error = result.Refused(ErrorKind.RuleViolation, EscalationPolicy.Invalid);
        Assert.All(error.Violations, v => Assert.Null(v.Position));
        Assert.All(error.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
        return error.Violations.Select(v => v.Code).ToArray();
    }

    [Fact]
    public void Default_IsTheProductDefault()
    {
        var policy = EscalationPolicy.Default;
        Assert.Equal(
            (TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1440)),
            (policy.AcknowledgeWithin(RiskTier.Imminent), policy.AcknowledgeWithin(RiskTier.High), policy.AcknowledgeWithin(RiskTier.Elevated)));
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)), (policy.SupervisorWithin, policy.RepeatEvery));
        Assert.Empty(policy.OnCallUserIds);
    }

    [Fact]
    public void Default_PassesItsOwnValidation()
    {
        var d = EscalationPolicy.Default;
        Assert.True(EscalationPolicy.Create(d.AcknowledgeWithinMinutes, d.SupervisorWithinMinutes, d.OnCallUserIds, d.RepeatEveryMinutes).IsSuccess);
    }

    [Fact]
    public void Create_KeepsWhatItWasGiven()
    {
        Guid[] onCall = [Guid.NewGuid(), Guid.NewGuid()];
        var policy = Create(imminent: 5, high: 30, elevated: 600, supervisor: 10, repeat: 20, onCall: onCall).Ok();

        Assert.Equal(
            (TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(600)),
            (policy.AcknowledgeWithin(RiskTier.Imminent), policy.AcknowledgeWithin(RiskTier.High), policy.AcknowledgeWithin(RiskTier.Elevated)));
        Assert.Equal((10, 20), (policy.SupervisorWithinMinutes, policy.RepeatEveryMinutes));
        Assert.Equal((TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)), (policy.SupervisorWithin, policy.RepeatEvery));
        Assert.Equal(onCall, policy.OnCallUserIds);
    }

    [Fact]
    public void Create_CopiesItsInputs_SoLaterEditsDoNotReachIt()
    {
        var minutes = AlertFixtures.Minutes(5, 30, 600);
        var onCall = new List<Guid> { Guid.NewGuid() };
        var policy = EscalationPolicy.Create(minutes, 10, onCall, 20).Ok();

        minutes[RiskTier.Imminent] = 1;
        onCall.Clear();

        Assert.Equal(5, policy.AcknowledgeWithinMinutes[RiskTier.Imminent]);
        Assert.Single(policy.OnCallUserIds);
    }

    [Fact]
    public void Create_IgnoresTiersThatDoNotExist()
    {
        var minutes = AlertFixtures.Minutes(5, 30, 600);
        minutes[(RiskTier)99] = -4;
        var policy = EscalationPolicy.Create(minutes, 10, [], 20).Ok();
        Assert.Equal(Enum.GetValues<RiskTier>(), policy.AcknowledgeWithinMinutes.Keys.Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(EscalationPolicy.MaxMinutes)]
    public void Create_AcceptsTheBounds(int minutes) =>
        Assert.True(Create(minutes, minutes, minutes, minutes, minutes).IsSuccess);

    [Fact]
    public void Create_AcceptsEqualTiers() => Assert.True(Create(30, 30, 30).IsSuccess);

    [Theory]
    [InlineData(0, 60, 1440, "acknowledge.Imminent")]
    [InlineData(-15, 60, 1440, "acknowledge.Imminent")]
    [InlineData(15, 60, EscalationPolicy.MaxMinutes + 1, "acknowledge.Elevated")]
    [InlineData(0, 0, 1440, "acknowledge.High acknowledge.Imminent")]
    [InlineData(15, EscalationPolicy.MaxMinutes + 1, 1440, "acknowledge.High acknowledge.order")]
    [InlineData(15, 60, 0, "acknowledge.Elevated acknowledge.order")]
    public void Create_ATierOutOfRange_IsRefused_NamingTheTier(int imminent, int high, int elevated, string expected) =>
        Assert.Equal(expected.Split(' ').Order(), Refused(Create(imminent, high, elevated)).Order());

    [Fact]
    public void Create_AMissingTier_IsRefused_NamingIt()
    {
        var minutes = AlertFixtures.Minutes(15, 60, 1440);
        minutes.Remove(RiskTier.High);
        Assert.Equal(["acknowledge.High"], Refused(EscalationPolicy.Create(minutes, 15, [], 15)));
    }

    [Theory]
    [InlineData(61, 60, 1440)]
    [InlineData(15, 1441, 1440)]
    [InlineData(30, 20, 10)]
    public void Create_AHigherTierWaitingLonger_IsRefused(int imminent, int high, int elevated) =>
        Assert.Equal(["acknowledge.order"], Refused(Create(imminent, high, elevated)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(EscalationPolicy.MaxMinutes + 1)]
    public void Create_ASupervisorDeadlineOutOfRange_IsRefused(int minutes) =>
        Assert.Equal(["supervisor"], Refused(Create(supervisor: minutes)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(EscalationPolicy.MaxMinutes + 1)]
    public void Create_ARepeatOutOfRange_IsRefused(int minutes) =>
        Assert.Equal(["repeat"], Refused(Create(repeat: minutes)));

    [Fact]
    public void Create_AcceptsTwentyOnCallContacts() =>
        Assert.Equal(
            EscalationPolicy.MaxOnCall,
            Create(onCall: Enumerable.Range(0, EscalationPolicy.MaxOnCall).Select(_ => Guid.NewGuid()).ToArray()).Ok().OnCallUserIds.Count);

    [Fact]
    public void Create_MoreThanTwentyOnCallContacts_IsRefused() =>
        Assert.Equal(["onCall"], Refused(Create(onCall: Enumerable.Range(0, EscalationPolicy.MaxOnCall + 1).Select(_ => Guid.NewGuid()).ToArray())));

    [Fact]
    public void Create_TheSameOnCallContactTwice_IsRefused()
    {
        var contact = Guid.NewGuid();
        Assert.Equal(["onCall"], Refused(Create(onCall: [contact, Guid.NewGuid(), contact])));
    }

    [Fact]
    public void Create_NamesEveryProblemAtOnce()
    {
        var minutes = new Dictionary<RiskTier, int> { [RiskTier.Imminent] = 0, [RiskTier.High] = 60 };
        var onCall = Enumerable.Range(0, EscalationPolicy.MaxOnCall + 5).Select(_ => Guid.NewGuid()).ToArray();

        var codes = Refused(EscalationPolicy.Create(minutes, 0, onCall, EscalationPolicy.MaxMinutes + 1));

        Assert.Equal(((string[])["acknowledge.Elevated", "acknowledge.Imminent", "onCall", "repeat", "supervisor"]).Order(), codes.Order());
    }

    [Fact]
    public void Default_FirstContactAndResolution_AreTheProductDefaults()
    {
        var policy = EscalationPolicy.Default;
        Assert.Equal(
            (TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(240), TimeSpan.FromMinutes(1440)),
            (policy.FirstContactWithin(RiskTier.Imminent), policy.FirstContactWithin(RiskTier.High), policy.FirstContactWithin(RiskTier.Elevated)));
        Assert.Equal(
            (TimeSpan.FromMinutes(240), TimeSpan.FromMinutes(1440), TimeSpan.FromMinutes(4320)),
            (policy.ResolveWithin(RiskTier.Imminent), policy.ResolveWithin(RiskTier.High), policy.ResolveWithin(RiskTier.Elevated)));
    }

    [Fact]
    public void Create_WithoutFollowOnMinutes_TakesTheDefaults_AndKeepsGivenOnes()
    {
        var defaults = Create().Ok();
        Assert.Equal(EscalationPolicy.DefaultFirstContactMinutes, defaults.FirstContactWithinMinutes);
        Assert.Equal(EscalationPolicy.DefaultResolveMinutes, defaults.ResolveWithinMinutes);

        var given = EscalationPolicy.Create(
            AlertFixtures.Minutes(15, 60, 1440), 15, [], 15, AlertFixtures.Minutes(30, 120, 600), AlertFixtures.Minutes(120, 600, 2880)).Ok();
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2880)), (given.FirstContactWithin(RiskTier.Imminent), given.ResolveWithin(RiskTier.Elevated)));
    }

    [Theory]
    [InlineData(0, 240, 1440, 240, 1440, 4320, "firstContact.Imminent")]
    [InlineData(60, 240, 1440, 240, 1440, EscalationPolicy.MaxResolveMinutes + 1, "resolve.Elevated")]
    [InlineData(300, 240, 1440, 240, 1440, 4320, "firstContact.order resolve.Imminent")]
    [InlineData(60, 240, 1440, 4320, 1440, 240, "resolve.Elevated resolve.order")]
    public void Create_WithBadFollowOnMinutes_NamesEachRule(int ci, int ch, int ce, int ri, int rh, int re, string codes)
    {
        var result = EscalationPolicy.Create(AlertFixtures.Minutes(15, 60, 1440), 15, [], 15, AlertFixtures.Minutes(ci, ch, ce), AlertFixtures.Minutes(ri, rh, re));

        Assert.Equal(codes.Split(' ').Order(), Refused(result).Order());
    }
}
