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
        Assert.True(new JacobsonTruaxCriterion(6m, 0.8m, "source", Verified: true).IsVerified);
        Assert.False(new JacobsonTruaxCriterion(6m, 0.8m, "placeholder", Verified: false).IsVerified);
    }
}
