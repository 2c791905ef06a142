using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>What the report says about an instrument, from stored results: rows, change in words, charts, item answers.</summary>
public sealed class InstrumentSectionsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly OrganizationId Org = new(Guid.NewGuid());
    private static readonly ClientId Client = new(Guid.NewGuid());
    private static readonly UserId User = new(Guid.NewGuid());

    /// <summary>A PHQ-9 with the given total (items 1-8 filled up to it, item 9 "not at all"), at noon New York time on a day.</summary>
    private static Assessment Phq9(int total, DateOnly day)
    {
        var answers = new int?[9];
        for (var i = 0; i < 8; i++)
        {
            answers[i] = Math.Clamp(total - 3 * i, 0, 3);
        }

        answers[8] = 0;
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), NewYork.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0))));
        var result = Assessment.Record(InstrumentLibrary.Phq9, Org, Client, answers, User, Role.Client, at).Value!;
        Assert.Equal(total, result.Total);
        return result;
    }

    private static InstrumentReport Build(
        IReadOnlyList<Assessment> history, DateOnly from, DateOnly to, ReportAudience audience = ReportAudience.Clinician,
        DateTimeOffset? previousReport = null, bool answers = true, InstrumentDefinition? instrument = null) =>
        InstrumentSections.Build(new InstrumentSections.Input(instrument ?? InstrumentLibrary.Phq9, history, from, to, NewYork, previousReport, audience, answers))!;

    private static readonly DateOnly Jan5 = new(2026, 1, 5);

    [Fact]
    public void AReliableClinicallySignificantImprovement_IsSaidInPlainWords_WithTheBands()
    {
        var section = Build([Phq9(17, Jan5), Phq9(12, Jan5.AddDays(14)), Phq9(9, Jan5.AddDays(28))], Jan5, Jan5.AddDays(30));
        Assert.Equal(
            "PHQ-9 improved reliably since baseline (2026-01-05): 17 → 9, moderately severe → mild; clinically significant (no longer in the clinical range)",
            Assert.Single(section.Summary));
        // PHQ-9's criterion is 6 points (NHS Talking Therapies): -5 is not reliable, -8 is (and 17 -> 9 leaves the clinical range).
        Assert.Equal(["", "-5", "-3"], section.Rows.Select(r => r.SincePrevious));
        Assert.Equal(["", "-5", "-8 improved*"], section.Rows.Select(r => r.SinceBaseline));
        Assert.Equal(["moderately severe", "moderate", "mild"], section.Rows.Select(r => r.Band));
    }

    [Fact]
    public void ADeterioration_AndNoReliableChange_AreWordedAsSuch()
    {
        Assert.Equal("PHQ-9 deteriorated reliably since baseline (2026-01-05): 8 → 15, mild → moderately severe; clinically significant (now in the clinical range)",
            Build([Phq9(8, Jan5), Phq9(15, Jan5.AddDays(7))], Jan5, Jan5.AddDays(7)).Summary.Single());
        Assert.Equal("PHQ-9: no reliable change since baseline (2026-01-05): 11 → 9, moderate → mild",
            Build([Phq9(11, Jan5), Phq9(9, Jan5.AddDays(7))], Jan5, Jan5.AddDays(7)).Summary.Single());
    }

    [Fact]
    public void TheBaseline_IsTheFirstResultEver_EvenBeforeThePeriod_WhichStillListsOnlyItsOwnResults()
    {
        var history = new[] { Phq9(20, Jan5), Phq9(14, Jan5.AddDays(60)), Phq9(10, Jan5.AddDays(67)) };
        var section = Build(history, Jan5.AddDays(50), Jan5.AddDays(70));
        Assert.Equal([Jan5.AddDays(60), Jan5.AddDays(67)], section.Rows.Select(r => r.Date));
        Assert.StartsWith("PHQ-9 improved reliably since baseline (2026-01-05): 20 → 10", section.Summary.Single(), StringComparison.Ordinal);
        Assert.Equal("-6 improved", section.Rows[0].SincePrevious); // against the result before the period
        Assert.Equal([14m, 10m], section.Charts.Single().Points.Select(p => p.Value));
    }

    [Fact]
    public void AnInstrumentNotGivenInThePeriod_HasNoSection()
    {
        var section = InstrumentSections.Build(new InstrumentSections.Input(
            InstrumentLibrary.Phq9, [Phq9(20, Jan5)], Jan5.AddDays(1), Jan5.AddDays(20), NewYork, null, ReportAudience.Clinician, true));
        Assert.Null(section);
    }

    [Fact]
    public void TheDay_IsTheClientsDay_NotTheServers()
    {
        // 03:30 UTC on 6 January is still 5 January in New York.
        var late = Assessment.Record(InstrumentLibrary.Phq9, Org, Client, [1, 1, 1, 1, 1, 1, 1, 1, 0], User, Role.Client,
            new DateTimeOffset(2026, 1, 6, 3, 30, 0, TimeSpan.Zero)).Value!;
        Assert.Equal(Jan5, Build([late], Jan5, Jan5).Rows.Single().Date);
    }

    [Fact]
    public void SinceThePreviousReport_ComparesWithTheLatestResultBeforeIt()
    {
        var history = new[] { Phq9(17, Jan5), Phq9(12, Jan5.AddDays(7)), Phq9(9, Jan5.AddDays(14)) };
        var reportAt = new DateTimeOffset(2026, 1, 13, 15, 0, 0, TimeSpan.Zero);
        var summary = Build(history, Jan5, Jan5.AddDays(14), previousReport: reportAt).Summary;
        Assert.Equal(2, summary.Count);
        Assert.Equal("PHQ-9: no reliable change since the previous report (2026-01-13): 12 → 9, moderate → mild", summary[1]);
        Assert.Equal("PHQ-9: no new result since the previous report (2026-01-13).",
            Build(history[..2], Jan5, Jan5.AddDays(14), previousReport: reportAt).Summary[1]);
    }

    [Fact]
    public void TheClient_ReadsEncouragingPlainWords_AndNoItemAnswers()
    {
        var history = new[] { Phq9(17, Jan5), Phq9(9, Jan5.AddDays(28)) };
        var section = Build(history, Jan5, Jan5.AddDays(28), ReportAudience.Client);
        var sentence = section.Summary.Single();
        Assert.StartsWith("Your PHQ-9 score went from 17 on 2026-01-05 to 9 (mild). That is a real improvement", sentence, StringComparison.Ordinal);
        Assert.Contains("Well done", sentence, StringComparison.Ordinal);
        Assert.Null(section.LatestAnswers);
        Assert.Equal("Your first PHQ-9 score is 17 (moderately severe). Later scores will show how things change.",
            Build(history[..1], Jan5, Jan5, ReportAudience.Client).Summary.Single());
    }

    [Fact]
    public void TheClinician_SeesTheLatestItemAnswers_WithTheirLabels_UnlessTheReaderMayNot()
    {
        var section = Build([Phq9(17, Jan5), Phq9(9, Jan5.AddDays(7))], Jan5, Jan5.AddDays(7));
        Assert.Equal(9, section.LatestAnswers!.Count);
        Assert.Equal("Nearly every day (3)", section.LatestAnswers[0].Answer); // total 9: items 1-3 at 3
        Assert.Equal("Not at all (0)", section.LatestAnswers[3].Answer);
        Assert.Equal("Not at all (0)", section.LatestAnswers[8].Answer);
        Assert.Equal(InstrumentLibrary.Phq9.Items[0].Text, section.LatestAnswers[0].Item);
        Assert.Null(Build([Phq9(17, Jan5)], Jan5, Jan5, answers: false).LatestAnswers);
    }

    [Fact]
    public void AnInstrumentScoredByScales_IsJudgedAndChartedScaleByScale()
    {
        var cbi = InstrumentLibrary.Cbi;
        int?[] At(int index) => cbi.Items.Select(i => (int?)i.Options.OrderBy(o => o.Value).ElementAt(index).Value).ToArray();
        var high = Assessment.Record(cbi, Org, Client, At(4), User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        var low = Assessment.Record(cbi, Org, Client, At(1), User, Role.Client, new DateTimeOffset(2026, 2, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        var section = Build([high, low], Jan5, Jan5.AddDays(40), instrument: cbi);

        Assert.False(section.HasTotal);
        Assert.Equal(cbi.Scoring.Subscales.Select(s => s.Name), section.SubscaleNames);
        Assert.Equal(3, section.Charts.Count);
        Assert.Equal(3, section.Summary.Count);
        // The CBI's reliable-change figures are not verified: each drop is stated, never called reliable or "R".
        Assert.All(section.Summary, s => Assert.Contains("changed by -", s, StringComparison.Ordinal));
        Assert.All(section.Summary, s => Assert.Contains("so the change is not called reliable", s, StringComparison.Ordinal));
        Assert.All(section.Summary, s => Assert.DoesNotContain("reliably", s, StringComparison.Ordinal));
        Assert.All(section.Summary, s => Assert.DoesNotContain("clinical", s, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(cbi.Scoring.Subscales.Select(s => low.Subscales[s.Key]), section.Rows[1].Subscales);
        Assert.Equal(3, section.Rows[1].SincePrevious.Split(" / ").Length);
        Assert.All(section.Rows[1].SincePrevious.Split(" / "), cell => Assert.DoesNotContain("R", cell, StringComparison.Ordinal));
    }

    [Fact]
    public void TheClinicianAnswers_MarkReverseScoredItems_WithWhatTheyCountAs()
    {
        var cbi = InstrumentLibrary.Cbi;
        // Every answer "Often" (75): item 13, "enough energy for family and friends", is reversed (100 - 75 = 25).
        int?[] often = cbi.Items.Select(_ => (int?)75).ToArray();
        var result = Assessment.Record(cbi, Org, Client, often, User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;

        var answers = Build([result], Jan5, Jan5, instrument: cbi).LatestAnswers!;

        Assert.Equal("Often (75); reverse-scored: counts as 25", answers.Single(a => a.Number == 13).Answer);
        Assert.All(answers.Where(a => a.Number != 13), a => Assert.DoesNotContain("reverse", a.Answer, StringComparison.Ordinal));
    }

    [Fact]
    public void Who5_ClientReport_GivesTheScoreWithoutTheBand_TheClinicianSeesIt()
    {
        var who5 = InstrumentLibrary.Who5;
        // Raw 5 x 4 = 20: "likely depression" (0-28).
        var result = Assessment.Record(who5, Org, Client, [1, 1, 1, 1, 1], User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        Assert.Equal("likely depression", result.Severity);

        var client = Build([result], Jan5, Jan5, ReportAudience.Client, answers: false, instrument: who5);
        var clinician = Build([result], Jan5, Jan5, instrument: who5);

        Assert.All(client.Summary, s => Assert.DoesNotContain("depression", s, StringComparison.OrdinalIgnoreCase));
        Assert.All(client.Rows, r => Assert.Equal("-", r.Band));
        Assert.Contains("likely depression", clinician.Summary.Single(), StringComparison.Ordinal);
        Assert.Equal("likely depression", clinician.Rows.Single().Band);
    }

    [Fact]
    public void AScreenWithoutAScore_IsListedByItsResult_WithoutAChart()
    {
        var screen = InstrumentLibrary.All.Single(i => i.Code == "C-SSRS-SCREEN");
        int?[] answers = [0, 0, null, null, null, 0, null]; // a negative screen: the follow-up questions are skipped
        var result = Assessment.Record(screen, Org, Client, answers, User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero));
        Assert.True(result.IsSuccess, result.Error?.Message);
        var section = Build([result.Value!], Jan5, Jan5, instrument: screen);
        Assert.Empty(section.Charts);
        Assert.Equal($"C-SSRS-SCREEN: latest 2026-01-05, {result.Value!.Severity ?? "no result"} (1 in the period).", section.Summary.Single());
    }
}
