using ClinicalPortal.Domain.Wellbeing;

namespace ClinicalPortal.Domain.Tests.Wellbeing;

public sealed class DifferencingGuardTests
{
    private static Guid[] People(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    private static bool PairwiseAllowed(IReadOnlyCollection<Guid> group, params IReadOnlyCollection<Guid>[] shown) =>
        shown.All(s => TeamAggregate.MayShowBeside(group, s, s.Count));

    [Fact]
    public void ThreeViews_EachPairFiveOrMoreApart_WouldGiveTheSixthOnesScore_SoTheThirdIsWithheld()
    {
        var abcde = People(5);
        var f = Guid.NewGuid();
        var ghijk = People(5);
        Guid[] g1 = [.. abcde, f];
        Guid[] g2 = [.. abcde, .. ghijk];
        Guid[] g3 = ghijk;

        Assert.True(PairwiseAllowed(g2, g1)); // six apart
        Assert.True(DifferencingGuard.MayShow(g2, [g1], []));
        Assert.True(PairwiseAllowed(g3, g1, g2)); // five and eleven apart: the pairwise rule lets it through
        Assert.False(DifferencingGuard.MayShow(g3, [g1, g2], [])); // G1 - G2 + G3 = {f}
        Assert.Equal(new[] { f }, DifferencingGuard.Isolated([g1, g2, g3]));
    }

    [Fact]
    public void AChainOfFourViews_IsWithheldAtTheFourth_NoThreeOfThemIsolateAnyone()
    {
        var (a, b, c) = (People(5), People(5), People(5));
        var x = Guid.NewGuid();
        Guid[][] views = [[.. a, x], [.. a, .. b], [.. b, .. c], c]; // G1 - G2 + G3 - G4 = {x}

        Assert.True(DifferencingGuard.MayShow(views[1], [views[0]], []));
        Assert.True(DifferencingGuard.MayShow(views[2], [views[0], views[1]], []));
        Assert.True(PairwiseAllowed(views[3], views[0], views[1], views[2]));
        Assert.False(DifferencingGuard.MayShow(views[3], [views[0], views[1], views[2]], []));
        foreach (var left in views)
        {
            Assert.Empty(DifferencingGuard.Isolated(views.Where(v => v != left)));
        }

        Assert.Equal(new[] { x }, DifferencingGuard.Isolated(views));
    }

    [Fact]
    public void TheSameGroupAgain_IsolatesNobody()
    {
        var six = People(6);

        Assert.True(DifferencingGuard.MayShow(six, [six, [.. six]], []));
        Assert.Empty(DifferencingGuard.Isolated([six, six]));
    }

    [Fact]
    public void DisjointGroupsOfFiveOrMore_AndTheirUnion_AreShown()
    {
        var (a, b, c) = (People(5), People(7), People(5));

        Assert.True(DifferencingGuard.MayShow(c, [a, b], []));
        Assert.True(DifferencingGuard.MayShow([.. a, .. b], [a, b, c], [])); // the union adds nothing: its sum is known anyway
        Assert.Empty(DifferencingGuard.Isolated([a, b, c, [.. a, .. b], [.. b, .. c]]));
    }

    [Fact]
    public void ACombinationLeavingTwoPeople_IsShown_OneLeavingOne_IsNot()
    {
        var abcde = People(5);
        var ghijk = People(5);
        var (f1, f2) = (Guid.NewGuid(), Guid.NewGuid());
        Guid[] g2 = [.. abcde, .. ghijk];

        // G1 - G2 + G3 = {f1, f2}: two people's total, nobody's own score.
        Assert.True(DifferencingGuard.MayShow(ghijk, [[.. abcde, f1, f2], g2], []));
        // With f2 also in G2 it is {f1} alone.
        Assert.True(PairwiseAllowed(ghijk, [.. abcde, f1, f2], [.. g2, f2]));
        Assert.False(DifferencingGuard.MayShow(ghijk, [[.. abcde, f1, f2], [.. g2, f2]], []));
    }

    [Fact]
    public void ACombinationNeedingFractions_IsFound()
    {
        var (p, q, r) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        // {p,q} + {q,r} - {p,r} = 2{q}: half of it is q alone, and then p and r too.
        Assert.Equal(new[] { p, q, r }.Order(), DifferencingGuard.Isolated([[p, q], [q, r], [p, r]]).Order());
        Assert.Empty(DifferencingGuard.Isolated([[p, q], [q, r]]));
    }

    [Fact]
    public void PeopleShownOneByOne_CountAsShown_AndTheGroupMayNotBeTheirTotalPlusOne()
    {
        var team = People(6);

        // Five shown individually beside their group of six: the group minus the five is the sixth.
        Assert.False(DifferencingGuard.MayShow(team, [], team.Take(5)));
        // Four shown: the group minus them is two people (the small hidden group is TeamAggregate.Suppression's to hide).
        Assert.True(DifferencingGuard.MayShow(team, [], team.Take(4)));
        // All six shown: the group tells nothing new.
        Assert.True(DifferencingGuard.MayShow(team, [], team));
        // One of the six shown individually, beside two views: {a..e, f} - {f} - {a..e, g..k} + {g..k, l} = {l}.
        var others = People(5);
        var l = Guid.NewGuid();
        Assert.False(DifferencingGuard.MayShow([.. others, l], [team, [.. team.Take(5), .. others]], [team[5]]));
        Assert.True(DifferencingGuard.MayShow([.. others, l], [team, [.. team.Take(5), .. others]], []));
    }
}
