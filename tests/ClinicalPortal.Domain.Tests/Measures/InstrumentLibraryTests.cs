using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Measures;

public class InstrumentLibraryTests
{
    public static TheoryData<string> Codes() =>
        new(InstrumentLibrary.All.Select(d => d.Code));

    [Fact]
    public void All_ShipsTheTenInstruments() =>
        Assert.Equal(
            ["PHQ-9", "GAD-7", "PHQ-4", "PSS-10", "SCS-SF", "SCS", "CBI", "WHO-5", "K10", "C-SSRS-SCREEN"],
            InstrumentLibrary.All.Select(d => d.Code));

    [Theory]
    [InlineData("phq-9", "PHQ-9")]
    [InlineData("Gad-7", "GAD-7")]
    [InlineData("c-ssrs-screen", "C-SSRS-SCREEN")]
    [InlineData("scs-sf", "SCS-SF")]
    [InlineData("who-5", "WHO-5")]
    public void TryGet_IsCaseInsensitive(string code, string expected)
    {
        Assert.True(InstrumentLibrary.TryGet(code, out var d));
        Assert.Equal(expected, d.Code);
    }

    [Theory]
    [InlineData("PHQ-8")]
    [InlineData("MBI")]
    [InlineData("")]
    public void TryGet_UnknownCode_ReturnsFalse(string code)
    {
        Assert.False(InstrumentLibrary.TryGet(code, out var d));
        Assert.Null(d);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Definition_IsWellFormed(string code)
    {
        Assert.True(InstrumentLibrary.TryGet(code, out var d));
        Assert.False(string.IsNullOrWhiteSpace(d.Name));
        Assert.False(string.IsNullOrWhiteSpace(d.Version));
        Assert.False(string.IsNullOrWhiteSpace(d.TimeFrame));
        Assert.False(string.IsNullOrWhiteSpace(d.Citation));
        Assert.False(string.IsNullOrWhiteSpace(d.Licence.Name));
        Assert.False(string.IsNullOrWhiteSpace(d.MissingAnswers.Description));

        for (var i = 0; i < d.Items.Count; i++)
        {
            var item = d.Items[i];
            Assert.Equal(i + 1, item.Number);
            Assert.False(string.IsNullOrWhiteSpace(item.Text));
            Assert.NotEmpty(item.Options);
            Assert.Equal(item.Options.Count, item.Options.Select(o => o.Value).Distinct().Count());
            Assert.Equal(item.Options.Count, item.Options.Select(o => o.Code).Distinct().Count());
        }

        Assert.Equal(d.Items.Count, d.Items.Select(i => i.LinkId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(d.Items, i => Assert.Matches("^[A-Za-z0-9.-]+$", i.LinkId));
        Assert.All(d.Scoring.ReverseKeyedItems, n => Assert.InRange(n, 1, d.Items.Count));
        Assert.Equal(d.Scoring.Subscales.Count, d.Scoring.Subscales.Select(s => s.Key).Distinct().Count());
        foreach (var s in d.Scoring.Subscales)
        {
            Assert.Matches("^[a-z][A-Za-z]*$", s.Key); // camelCase
            Assert.All(s.Items, n => Assert.InRange(n, 1, d.Items.Count));
            Assert.InRange(s.MinimumAnswered, 1, s.Items.Count);
        }

        if (d.Scoring.Total == TotalMethod.MeanOfSubscaleMeans)
        {
            // every item counts towards the total exactly once
            Assert.Equal(Enumerable.Range(1, d.Items.Count), d.Scoring.Subscales.SelectMany(s => s.Items).Order());
        }

        Assert.All(d.RiskRules, r => Assert.InRange(r.ItemNumber, 1, d.Items.Count));
        Assert.Equal(d.Scoring.Total == TotalMethod.None, d.Scoring.MaxTotal is null);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Bands_CoverTheWholeRangeWithoutOverlap(string code)
    {
        Assert.True(InstrumentLibrary.TryGet(code, out var d));
        if (d.Bands.Count == 0)
        {
            return;
        }

        // every attainable total falls in exactly one band: integers for summed scales,
        // a 1/1000 grid for mean scores (which can be any fraction)
        var min = d.Scoring.MinTotal!.Value;
        var max = d.Scoring.MaxTotal!.Value;
        var step = d.Scoring.Total is TotalMethod.Mean or TotalMethod.MeanOfSubscaleMeans ? 0.001m : 1m;
        for (var x = min; x <= max; x += step)
        {
            Assert.Single(d.Bands, b => b.Contains(x));
        }
    }

    [Fact]
    public void SubscaleItems_MatchClinicalMd()
    {
        var scs = InstrumentLibrary.Scs;
        Assert.Equal([5, 12, 19, 23, 26], scs.Subscale("selfKindness")!.Items);
        Assert.Equal([1, 8, 11, 16, 21], scs.Subscale("selfJudgment")!.Items);
        Assert.Equal([3, 7, 10, 15], scs.Subscale("commonHumanity")!.Items);
        Assert.Equal([4, 13, 18, 25], scs.Subscale("isolation")!.Items);
        Assert.Equal([9, 14, 17, 22], scs.Subscale("mindfulness")!.Items);
        Assert.Equal([2, 6, 20, 24], scs.Subscale("overIdentification")!.Items);

        var sf = InstrumentLibrary.ScsShortForm;
        Assert.Equal([1, 4, 8, 9, 11, 12], sf.Scoring.ReverseKeyedItems);
        Assert.Equal([2, 6], sf.Subscale("selfKindness")!.Items);
        Assert.Equal([1, 9], sf.Subscale("overIdentification")!.Items);

        var cbi = InstrumentLibrary.Cbi;
        Assert.Equal(6, cbi.Subscale("personal")!.Items.Count);
        Assert.Equal(7, cbi.Subscale("workRelated")!.Items.Count);
        Assert.Equal(6, cbi.Subscale("clientRelated")!.Items.Count);
        Assert.Equal([13], cbi.Scoring.ReverseKeyedItems);
        Assert.Contains("energy for family and friends", cbi.Item(13).Text, StringComparison.Ordinal);
        Assert.Equal([3, 4, 3], cbi.Scoring.Subscales.Select(s => s.MinimumAnswered));
    }

    [Fact]
    public void HigherIsBetter_OnlyForWho5AndSelfCompassion() =>
        Assert.Equal(["SCS-SF", "SCS", "WHO-5"], InstrumentLibrary.All.Where(d => d.HigherIsBetter).Select(d => d.Code));

    [Fact]
    public void JacobsonTruaxCriteria_CarryTheirSdReliabilityAndSource()
    {
        var criteria = InstrumentLibrary.All
            .SelectMany(d => d.Scoring.Subscales.Select(s => s.ReliableChange).Append(d.ReliableChange))
            .OfType<JacobsonTruaxCriterion>()
            .ToList();
        Assert.NotEmpty(criteria);
        Assert.All(criteria, c =>
        {
            Assert.True(c.StandardDeviation > 0);
            Assert.InRange(c.Reliability, 0.01m, 0.99m);
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
        });
    }
}

public sealed class InstrumentStorageLimitTests
{
    [Fact]
    public void EveryInstrument_FitsTheStoredCodeAndVersionLengths() =>
        Assert.All(InstrumentLibrary.All, d =>
        {
            Assert.InRange(d.Code.Length, 1, InstrumentDefinition.MaxCodeLength);
            Assert.InRange(d.Version.Length, 1, InstrumentDefinition.MaxVersionLength);
        });
}

public sealed class CriterionVerificationTests
{
    [Fact]
    public void FixedPointCriteria_AreVerified_JacobsonTruaxFollowsItsFlag()
    {
        Assert.True(InstrumentLibrary.Phq9.ReliableChange!.IsVerified);
        Assert.True(InstrumentLibrary.Gad7.ReliableChange!.IsVerified);
        Assert.True(new JacobsonTruaxCriterion(6m, 0.8m, "source", Verified: true) { Kind = ReliabilityKind.TestRetest }.IsVerified);
        Assert.False(new JacobsonTruaxCriterion(6m, 0.8m, "placeholder", Verified: false) { Kind = ReliabilityKind.TestRetest }.IsVerified);
    }

    [Fact]
    public void JacobsonTruax_OnInternalConsistency_IsNeverVerified() =>
        // Reliable change needs test-retest reliability (Jacobson & Truax 1991): alpha cannot verify a criterion.
        Assert.False(new JacobsonTruaxCriterion(6m, 0.8m, "alpha", Verified: true) { Kind = ReliabilityKind.InternalConsistency }.IsVerified);

    [Fact]
    public void JacobsonTruax_Threshold_Is196TimesSdTimesRoot2TimesRootOneMinusR()
    {
        // 1.96 * 10 * sqrt(2) * sqrt(1 - 0.5) = 1.96 * 10 = 19.6 exactly; r = 0.75: 1.96 * 10 * sqrt(0.5) = 13.859...
        var half = new JacobsonTruaxCriterion(10m, 0.5m, "test", true) { Kind = ReliabilityKind.TestRetest };
        var threeQuarters = new JacobsonTruaxCriterion(10m, 0.75m, "test", true) { Kind = ReliabilityKind.TestRetest };
        Assert.Equal(19.6, half.ApproximateThreshold, 9);
        Assert.Equal(1.96 * 10 * Math.Sqrt(2) * Math.Sqrt(0.25), threeQuarters.ApproximateThreshold, 9);
        Assert.False(threeQuarters.IsReliable(13.85m));
        Assert.True(threeQuarters.IsReliable(13.86m));
    }

    /// <summary>Each figure of the library as verified here (see docs/clinical/instruments.md): only PHQ-9 and GAD-7.</summary>
    [Theory]
    [InlineData("PHQ-9", null, true)]
    [InlineData("GAD-7", null, true)]
    [InlineData("WHO-5", null, false)]
    [InlineData("PSS-10", null, false)]
    [InlineData("K10", null, false)]
    [InlineData("SCS-SF", null, false)]
    [InlineData("SCS", null, false)]
    [InlineData("CBI", "personal", false)]
    [InlineData("CBI", "workRelated", false)]
    [InlineData("CBI", "clientRelated", false)]
    public void LibraryCriteria_AreVerifiedOnlyWhereChecked(string code, string? scale, bool verified)
    {
        Assert.True(InstrumentLibrary.TryGet(code, out var instrument));
        var criterion = scale is null ? instrument.ReliableChange! : instrument.Subscale(scale)!.ReliableChange!;
        Assert.Equal(verified, criterion.IsVerified);
        Assert.False(string.IsNullOrWhiteSpace(criterion.Source));
        if (verified)
        {
            Assert.Null(criterion.UnverifiedBecause);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.UnverifiedBecause));
        }
    }

    [Fact]
    public void LibraryJacobsonTruaxCriteria_OnInternalConsistency_AreNotVerified()
    {
        var criteria = InstrumentLibrary.All
            .SelectMany(d => d.Scoring.Subscales.Select(s => s.ReliableChange).Append(d.ReliableChange))
            .OfType<JacobsonTruaxCriterion>()
            .ToList();
        Assert.NotEmpty(criteria);
        Assert.All(criteria.Where(c => c.Kind == ReliabilityKind.InternalConsistency), c => Assert.False(c.IsVerified));
    }

    [Theory]
    [InlineData(5, 6, false, true)] // PHQ-9 6 points (NHS Talking Therapies): 5 is not reliable, 6 is
    [InlineData(3, 4, false, true)] // GAD-7 4 points
    public void FixedPoints_PhqAndGad_AtTheirEdges(int below, int at, bool belowReliable, bool atReliable)
    {
        var criterion = (below == 5 ? InstrumentLibrary.Phq9 : InstrumentLibrary.Gad7).ReliableChange!;
        Assert.Equal(belowReliable, criterion.IsReliable(below));
        Assert.Equal(atReliable, criterion.IsReliable(at));
        Assert.Equal(atReliable, criterion.IsReliable(-at));
    }

    [Fact]
    public void ChangeOnAnUnverifiedCriterion_IsNotClaimable()
    {
        // K10: 20 -> 30 is beyond its (unverified) 5.52-point figure: reliable by the rule, not claimable in words.
        var change = ChangeCalculator.Assess(20, 30, InstrumentLibrary.K10.ReliableChange, null, false);
        Assert.Equal(ReliableChange.Deteriorated, change.Reliable);
        Assert.False(change.CriterionVerified);
        Assert.Equal(ReliableChange.None, change.Claimable);
        var phq = ChangeCalculator.Assess(8, 15, InstrumentLibrary.Phq9.ReliableChange, InstrumentLibrary.Phq9.Caseness, false);
        Assert.Equal(ReliableChange.Deteriorated, phq.Claimable);
        Assert.True(phq.ClaimablySignificant);
    }
}
