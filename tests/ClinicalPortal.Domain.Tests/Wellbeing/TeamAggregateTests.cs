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

        var month = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), DateOnly.FromDateTime(Month.UtcDateTime), checkIns, _ => false, [], [], Month);

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

        var month = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), DateOnly.FromDateTime(Month.UtcDateTime), checkIns, c => shown.Contains(c.StaffId), [], [], Month);

        Assert.Equal(TeamAggregate.RevealsHiddenGroup, month.Suppressed);
        Assert.Empty(month.Scales);
    }

    private static Guid[] People(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    [Theory]
    [InlineData(0, true)] // the same group: the same figures
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void TwoGroupsOfAMonth_MustBeTheSameOrDifferByFiveOrMore(int moved, bool mayShow)
    {
        // A supervisor's six already shown; a second view of the six without `moved` of them differs by `moved` people.
        var six = People(6);
        var other = six.Skip(moved).ToArray();
        Assert.Equal(mayShow, TeamAggregate.MayShowBeside(other, six, six.Length));
    }

    [Fact]
    public void TheDifference_CountsBothSides()
    {
        var a = People(8);
        var b = a.Take(6).Concat(People(3)).ToArray(); // two only in a, three only in b: five in all
        Assert.True(TeamAggregate.MayShowBeside(b, a, a.Length));
        Assert.False(TeamAggregate.MayShowBeside(b.Take(8).ToArray(), a, a.Length)); // two and two: four
    }

    [Theory]
    [InlineData(6, 5, false)] // a kept group whose members were not recorded: only its size is known
    [InlineData(10, 5, true)]
    [InlineData(6, 6, false)]
    public void AGroupKeptWithoutMembers_IsComparedBySizeAlone(int keptSize, int newSize, bool mayShow) =>
        Assert.Equal(mayShow, TeamAggregate.MayShowBeside(People(newSize), null, keptSize));

    [Fact]
    public void AMonthWithinFourPeopleOfAGroupAlreadyShown_IsHidden_TheSameGroupIsNot()
    {
        var members = Enumerable.Range(0, 6).Select(_ => UserId.New()).ToList();
        var values = new[] { 0, 25, 50, 75, 100, 50 };
        var checkIns = members.Select((m, i) => CheckIn(m, values[i], 3)).ToList();
        var org = OrganizationId.New();
        var month = DateOnly.FromDateTime(Month.UtcDateTime);
        var six = WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, month, checkIns, _ => false, [], [], Month);
        Assert.Null(six.Suppressed);

        // The attacker's view: five of the six under a new supervisor. Six minus five would be the sixth one's scores.
        var five = WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, month, checkIns.Skip(1), _ => false, [six], [], Month);
        Assert.Equal(TeamAggregate.CloseToAnotherGroup, five.Suppressed);
        Assert.Empty(five.Scales);

        // The same six seen from another scope (the organisation): the same figures.
        var same = WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, month, checkIns, _ => false, [six, five], [], Month);
        Assert.Null(same.Suppressed);
        Assert.Equal(six.Scales.Select(s => (s.Scale, s.Mean)), same.Scales.Select(s => (s.Scale, s.Mean)));
    }

    /// <summary>A view of the month for a new scope of <paramref name="org"/>.</summary>
    private static WellbeingMonthAggregate View(
        OrganizationId org, IEnumerable<WellbeingCheckIn> checkIns, IReadOnlyList<WellbeingMonthAggregate> before, IReadOnlyCollection<Guid> individuals,
        Func<WellbeingCheckIn, bool>? shown = null) =>
        WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, DateOnly.FromDateTime(Month.UtcDateTime), checkIns, shown ?? (_ => false), before, individuals, Month);

    /// <summary>Check-ins of <paramref name="count"/> people, and two views shown: G1 = the first six, G2 = the first five and the next five.</summary>
    private static (List<UserId> People, List<WellbeingCheckIn> CheckIns, OrganizationId Org, WellbeingMonthAggregate G1, WellbeingMonthAggregate G2) TwoViews(int count)
    {
        var people = Enumerable.Range(0, count).Select(_ => UserId.New()).ToList();
        var checkIns = people.Select((m, i) => CheckIn(m, 25 * (i % 5), 3)).ToList();
        var org = OrganizationId.New();
        var g1 = View(org, checkIns.Take(6), [], []);
        return (people, checkIns, org, g1, View(org, [.. checkIns.Take(5), .. checkIns.Skip(6).Take(5)], [g1], []));
    }

    [Fact]
    public void AThirdViewThatAddsAndSubtractsToOnePerson_IsHidden_EachPairBeingFiveOrMoreApart()
    {
        // G1 = {a..f}, G2 = {a..e, g..k}, G3 = {g..k}: G1 - G2 + G3 = {f}, whose score count times mean would give.
        var (_, checkIns, org, g1, g2) = TwoViews(11);
        Assert.Equal(((string?)null, (string?)null), (g1.Suppressed, g2.Suppressed));

        var g3 = View(org, checkIns.Skip(6), [g1, g2], []);

        Assert.Equal(TeamAggregate.CloseToAnotherGroup, g3.Suppressed);
        Assert.Empty(g3.Scales);
        // Beside the second view alone it is only five people's figures.
        Assert.Null(View(org, checkIns.Skip(6), [g2], []).Suppressed);
    }

    [Fact]
    public void SomeoneShownOneByOne_ToAnySupervisor_CountsBesideTheGroups()
    {
        // {a..f} and {a..e, g..k} shown; f's check-in shown to their supervisor: {a..f} - {f} - {a..e, g..k} + {g..k, l} = {l}.
        var (people, checkIns, org, g1, g2) = TwoViews(12);
        var f = people[5];

        var withF = View(org, checkIns.Skip(6), [g1, g2], [f.Value]);
        var fByThisViewer = View(org, [.. checkIns.Skip(6), checkIns[5]], [g1, g2], [], c => c.StaffId == f);
        var withoutF = View(org, checkIns.Skip(6), [g1, g2], []);

        Assert.Equal(TeamAggregate.CloseToAnotherGroup, withF.Suppressed);
        Assert.Null(withoutF.Suppressed);
        Assert.Equal(7, fByThisViewer.Contributors);
        Assert.Equal(TeamAggregate.CloseToAnotherGroup, fByThisViewer.Suppressed); // {g..l, f} - {f} is the same {g..l}
    }

    [Fact]
    public void AScaleWithinFourPeopleOfTheSameScaleAlreadyShown_IsHidden()
    {
        // Ten members; in the first view four did not score work-related, so it was scored by six. A second view of five
        // of those six (and five others) differs by ten on the month, but by one on the work-related scale.
        var members = Enumerable.Range(0, 15).Select(_ => UserId.New()).ToList();
        var org = OrganizationId.New();
        var month = DateOnly.FromDateTime(Month.UtcDateTime);
        var first = members.Take(10).Select((m, i) => CheckIn(m, 25 * (i % 5), 3, scoreWork: i < 6)).ToList();
        var shown = WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, month, first, _ => false, [], [], Month);
        var second = first.Skip(1).Take(5).Concat(members.Skip(10).Select(m => CheckIn(m, 50, 3, scoreWork: false))).ToList();

        var view = WellbeingMonthAggregate.Compute(Guid.NewGuid(), org, month, second, _ => false, [shown], [], Month);

        Assert.Null(view.Suppressed);
        Assert.Equal(TeamAggregate.CloseToAnotherGroup, view.Scales.Single(s => s.Scale == "workRelated").Suppressed);
        Assert.Null(view.Scales.Single(s => s.Scale == "personal").Suppressed);
    }

    [Fact]
    public void BandCounts_AreHiddenWhenEveryoneIsInOneBand_TheMeanStays()
    {
        var members = Enumerable.Range(0, 5).Select(_ => UserId.New()).ToList();
        var month = DateOnly.FromDateTime(Month.UtcDateTime);
        var allHigh = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), month, members.Select(m => CheckIn(m, 75, 3)), _ => false, [], [], Month);
        var mixed = WellbeingMonthAggregate.Compute(Guid.NewGuid(), OrganizationId.New(), month,
            members.Select((m, i) => CheckIn(m, i == 0 ? 50 : 75, 3)), _ => false, [], [], Month);

        var personal = allHigh.Scales.Single(s => s.Scale == "personal");
        Assert.Equal((75m, (IReadOnlyDictionary<string, int>?)null, TeamAggregate.AllInOneBand), (personal.Mean, personal.Bands, personal.BandsSuppressed));
        var split = mixed.Scales.Single(s => s.Scale == "personal");
        Assert.Null(split.BandsSuppressed);
        Assert.Equal((0, 1, 4, 0), (split.Bands!["low"], split.Bands["moderate"], split.Bands["high"], split.Bands["severe"]));
    }

    [Theory]
    [InlineData(74.99, false)]
    [InlineData(75, true)]
    [InlineData(100, true)]
    public void TheSupportText_IsForACheckInWithAScaleHighOrSevere(double personal, bool high) =>
        Assert.Equal(high, WellbeingSupport.IsHigh(new Dictionary<string, decimal?> { ["personal"] = (decimal)personal, ["workRelated"] = null }));

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

    [Fact]
    public void ACheckInShownOnce_MayHaveBeenShown_AfterAnOptOut_AndOneMadeBeforeSharingNeverWas()
    {
        var who = UserId.New();
        var sharing = WellbeingSharing.Create(who, OrganizationId.New(), false, Month.AddDays(1));
        Assert.Null(sharing.FirstSharedAt);
        sharing.Set(true, Month.AddDays(10));
        sharing.Set(false, Month.AddDays(20));
        sharing.Set(true, Month.AddDays(25));

        Assert.Equal(Month.AddDays(10), sharing.FirstSharedAt);
        Assert.False(sharing.MayHaveShown(CheckIn(who, 50, 9))); // before sharing was ever on
        Assert.True(sharing.MayHaveShown(CheckIn(who, 50, 11))); // shown until the opt-out, hidden now
        Assert.False(sharing.Shows(CheckIn(who, 50, 11)));
        Assert.True(sharing.MayHaveShown(CheckIn(who, 50, 26))); // shown now
        Assert.False(sharing.MayHaveShown(CheckIn(UserId.New(), 50, 26)));
        sharing.Set(false, Month.AddDays(27));
        Assert.False(sharing.MayHaveShown(CheckIn(who, 50, 28))); // made after the last opt-out
    }
}
