using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Wellbeing;

namespace ClinicalPortal.Domain.Tests.Wellbeing;

public sealed class TeamAggregateTests
{
    [Theory]
    [InlineData(0, 0, TeamAggregate.TooFew)]
    [InlineData(4, 0, TeamAggregate.TooFew)]
    [InlineData(4, 4, TeamAggregate.TooFew)] // even when all four share
    [InlineData(5, 0, null)]
    [InlineData(6, 1, null)] // five stay hidden
    [InlineData(6, 2, TeamAggregate.RevealsHiddenGroup)] // six minus the two shown reveals four
    [InlineData(9, 5, TeamAggregate.RevealsHiddenGroup)] // reveals four
    [InlineData(9, 9, null)] // nobody hidden
    [InlineData(10, 5, null)]
    public void SmallGroups_AndGroupsRevealedBySubtraction_AreHidden(int contributors, int shown, string? expected) =>
        Assert.Equal(expected, TeamAggregate.Suppression(contributors, shown));

    [Fact]
    public void ACheckIn_IsScoredAsTheCbi_AndOnlyForStaffWhoSeeClients()
    {
        var answers = Enumerable.Repeat((int?)50, 19).ToList();
        var recorded = WellbeingCheckIn.Record(OrganizationId.New(), UserId.New(), Role.Clinician, answers, DateTimeOffset.UtcNow);

        Assert.True(recorded.IsSuccess);
        Assert.Equal(50m, recorded.Value.Scales["personal"]);
        Assert.Equal(WellbeingCheckIn.NotStaff, WellbeingCheckIn.Record(OrganizationId.New(), UserId.New(), Role.OrgAdmin, answers, DateTimeOffset.UtcNow).Error!.Code);
        Assert.Equal(WellbeingCheckIn.AnswersRejected, WellbeingCheckIn.Record(OrganizationId.New(), UserId.New(), Role.Supervisor, [.. answers, 50], DateTimeOffset.UtcNow).Error!.Code);
    }

    private static readonly DateTimeOffset Month = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static WellbeingCheckIn CheckIn(UserId who, int value, int day, bool scoreWork = true) =>
        WellbeingCheckIn.Record(OrganizationId.New(), who, Role.Clinician,
            [.. Enumerable.Repeat((int?)value, 6), .. Enumerable.Repeat(scoreWork ? (int?)value : null, 7), .. Enumerable.Repeat((int?)value, 6)],
            Month.AddDays(day)).Value;

    [Fact]
    public void AMonth_CountsEachMembersLatestCheckIn_AndSuppressesEachScaleOnItsOwnContributors()
    {
        var members = Enumerable.Range(0, 5).Select(_ => UserId.New()).ToList();
        var checkIns = new List<WellbeingCheckIn> { CheckIn(members[0], 0, 1), CheckIn(members[0], 100, 2) };
        checkIns.AddRange(members.Skip(1).Select((m, i) => CheckIn(m, 50, 3, scoreWork: i == 0)));

        var month = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), DateOnly.FromDateTime(Month.UtcDateTime), checkIns, _ => false, Month);

        Assert.Equal((5, (string?)null), (month.Contributors, month.Suppressed));
        var personal = month.Scales.Single(s => s.Scale == "personal");
        Assert.Equal((5, 60m), (personal.Scored, personal.Mean)); // 100 (the later one), 50, 50, 50, 50
        var work = month.Scales.Single(s => s.Scale == "workRelated");
        Assert.Equal((2, TeamAggregate.TooFew, (decimal?)null), (work.Scored, work.Suppressed, work.Mean));
    }

    [Fact]
    public void AMonth_WhoseHiddenRemainderIsSmall_ShowsNoScale()
    {
        var members = Enumerable.Range(0, 6).Select(_ => UserId.New()).ToList();
        var checkIns = members.Select(m => CheckIn(m, 50, 3)).ToList();
        var shown = new HashSet<UserId> { members[0], members[1] };

        var month = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), DateOnly.FromDateTime(Month.UtcDateTime), checkIns, c => shown.Contains(c.StaffId), Month);

        Assert.Equal(TeamAggregate.RevealsHiddenGroup, month.Suppressed);
        Assert.Empty(month.Scales);
    }

    [Fact]
    public void Sharing_ShowsOnlyCheckInsMadeAfterOptingIn_AndARepeatedOptInKeepsItsTime()
    {
        var who = UserId.New();
        var sharing = WellbeingSharing.Create(who, OrganizationId.New(), true, Month.AddDays(10));

        Assert.False(sharing.Shows(CheckIn(who, 50, 9)));
        Assert.True(sharing.Shows(CheckIn(who, 50, 11)));
        Assert.False(sharing.Shows(CheckIn(UserId.New(), 50, 11)));
        sharing.Set(true, Month.AddDays(20));
        Assert.True(sharing.Shows(CheckIn(who, 50, 11)));
        sharing.Set(false, Month.AddDays(21));
        Assert.False(sharing.Shows(CheckIn(who, 50, 11)));
    }
}
