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
}
