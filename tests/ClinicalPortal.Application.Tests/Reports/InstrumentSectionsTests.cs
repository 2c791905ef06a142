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
        DateTimeOffset? previousReport = null, bool answers = true, InstrumentDefinition? instrument = null, string? country = null) =>
        InstrumentSections.Build(new InstrumentSections.Input(
            instrument ?? InstrumentLibrary.Phq9, history, from, to, NewYork, previousReport, audience, answers, country))!;

    private static readonly DateOnly Jan5 = new(2026, 1, 5);

    [Fact]
    public void AReliableClinicallySignificantImprovement_IsSaidInPlainWords_WithTheBands()
    {
        var section = Build([Phq9(17, Jan5), Phq9(12, Jan5.AddDays(14)), Phq9(9, Jan5.AddDays(28))], Jan5, Jan5.AddDays(30));
        Assert.Equal(
            [
                "PHQ-9 improved reliably since baseline (2026-01-05): 17 → 9, moderately severe → mild; clinically significant (no longer in the clinical range)",
                "PHQ-9 against baseline: 17 → 9, a 47% drop: no response yet (a drop of 50% or more); not in remission (under 5).",
            ],
            section.Summary);
        // PHQ-9's criterion is 6 points (NHS Talking Therapies): -5 is not reliable, -8 is (and 17 -> 9 leaves the clinical range).
        Assert.Equal(["", "-5", "-3"], section.Rows.Select(r => r.SincePrevious));
        Assert.Equal(["", "-5", "-8 improved*"], section.Rows.Select(r => r.SinceBaseline));
        Assert.Equal(["moderately severe", "moderate", "mild"], section.Rows.Select(r => r.Band));
    }

    [Fact]
    public void ADeterioration_AndNoReliableChange_AreWordedAsSuch()
    {
        Assert.Equal("PHQ-9 deteriorated reliably since baseline (2026-01-05): 8 → 15, mild → moderately severe; clinically significant (now in the clinical range)",
            Build([Phq9(8, Jan5), Phq9(15, Jan5.AddDays(7))], Jan5, Jan5.AddDays(7)).Summary[0]);
        Assert.Equal("PHQ-9: no reliable change since baseline (2026-01-05): 11 → 9, moderate → mild",
            Build([Phq9(11, Jan5), Phq9(9, Jan5.AddDays(7))], Jan5, Jan5.AddDays(7)).Summary[0]);
    }

    [Fact]
    public void TheBaseline_IsTheFirstResultEver_EvenBeforeThePeriod_WhichStillListsOnlyItsOwnResults()
    {
        var history = new[] { Phq9(20, Jan5), Phq9(14, Jan5.AddDays(60)), Phq9(10, Jan5.AddDays(67)) };
        var section = Build(history, Jan5.AddDays(50), Jan5.AddDays(70));
        Assert.Equal([Jan5.AddDays(60), Jan5.AddDays(67)], section.Rows.Select(r => r.Date));
        Assert.StartsWith("PHQ-9 improved reliably since baseline (2026-01-05): 20 → 10", section.Summary[0], StringComparison.Ordinal);
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
        Assert.Equal(3, summary.Count); // since baseline, response and remission, since the previous report
        Assert.Equal("PHQ-9: no reliable change since the previous report (2026-01-13): 12 → 9, moderate → mild", summary[2]);
        Assert.Equal("PHQ-9: no new result since the previous report (2026-01-13).",
            Build(history[..2], Jan5, Jan5.AddDays(14), previousReport: reportAt).Summary[2]);
    }

    [Fact]
    public void TheClient_ReadsEncouragingPlainWords_AndNoItemAnswers()
    {
        var history = new[] { Phq9(17, Jan5), Phq9(9, Jan5.AddDays(28)) };
        var section = Build(history, Jan5, Jan5.AddDays(28), ReportAudience.Client, country: "US");
        var sentence = section.Summary.Single();
        // The acronym always with its name, the date in the client's words (US order), no response or criteria talk.
        Assert.StartsWith(
            "Your low mood score (Patient Health Questionnaire-9, PHQ-9) went from 17 on January 5, 2026 to 9 (mild). That is a real improvement",
            sentence, StringComparison.Ordinal);
        Assert.Contains("Well done", sentence, StringComparison.Ordinal);
        Assert.Null(section.LatestAnswers);
        Assert.Empty(section.Criteria);
        Assert.Equal("Your first low mood score (Patient Health Questionnaire-9, PHQ-9) is 17 (moderately severe). Later scores will show how things change.",
            Build(history[..1], Jan5, Jan5, ReportAudience.Client).Summary.Single());
        Assert.Contains("5 January 2026", Build(history, Jan5, Jan5.AddDays(28), ReportAudience.Client, country: "GB").Summary.Single(), StringComparison.Ordinal);
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

    [Theory]
    [InlineData(20, 10, "a 50% drop: response (a drop of 50% or more); not in remission (under 5).")]
    [InlineData(20, 11, "a 45% drop: no response yet (a drop of 50% or more); not in remission (under 5).")]
    [InlineData(10, 4, "a 60% drop: response (a drop of 50% or more); remission (under 5).")]
    [InlineData(10, 5, "a 50% drop: response (a drop of 50% or more); not in remission (under 5).")]
    [InlineData(12, 14, "a 16% rise: no response yet (a drop of 50% or more); not in remission (under 5).")]
    public void ResponseAndRemission_AreJudgedAgainstBaseline_AtTheirEdges(int baseline, int latest, string expected)
    {
        var summary = Build([Phq9(baseline, Jan5), Phq9(latest, Jan5.AddDays(28))], Jan5, Jan5.AddDays(28)).Summary;
        Assert.EndsWith(expected, summary[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ResponseAndRemission_AreNotJudged_FromABaselineUnder10()
    {
        var summary = Build([Phq9(9, Jan5), Phq9(2, Jan5.AddDays(28))], Jan5, Jan5.AddDays(28)).Summary;
        Assert.Equal("PHQ-9 response and remission are not judged: the baseline 9 is under 10.", summary[1]);
        // A first result has no change, and so no response either.
        Assert.Single(Build([Phq9(17, Jan5)], Jan5, Jan5).Summary);
    }

    [Fact]
    public void TheClinicianSection_NamesEachCriterion_WithItsSource_AndWhetherItIsVerified()
    {
        var phq = Build([Phq9(17, Jan5)], Jan5, Jan5);
        Assert.Equal(2, phq.Criteria.Count);
        Assert.StartsWith("PHQ-9: reliable change is a change of 6 points or more. Source: Reliable change as in the NHS Talking Therapies", phq.Criteria[0], StringComparison.Ordinal);
        Assert.EndsWith("Verified against its source.", phq.Criteria[0], StringComparison.Ordinal);
        Assert.StartsWith("PHQ-9: response is a drop of 50% or more from baseline, remission a score under 5", phq.Criteria[1], StringComparison.Ordinal);
        Assert.Contains("HEDIS", phq.Criteria[1], StringComparison.Ordinal);

        var scs = InstrumentLibrary.ScsShortForm;
        var result = Assessment.Record(scs, Org, Client, [.. scs.Items.Select(_ => (int?)3)], User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        var section = Build([result], Jan5, Jan5, instrument: scs);
        Assert.True(section.IsProcessMeasure);
        Assert.Contains(section.Summary, s => s.Contains("the programme's process outcome", StringComparison.Ordinal));
        var criterion = Assert.Single(section.Criteria);
        Assert.Contains("Jacobson and Truax 1991", criterion, StringComparison.Ordinal);
        Assert.Contains("Not verified (r = .86 is Cronbach's alpha", criterion, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClient_ReadsWholeNumbers_AndAMeanScaleByItsRanges()
    {
        var cbi = InstrumentLibrary.Cbi;
        // Answers that give personal burnout a mean with a decimal: 25, 50, 50, 50, 50, 50 -> 45.83.
        int?[] answers = [.. cbi.Items.Select(i => (int?)(i.Number == 1 ? 25 : 50))];
        var result = Assessment.Record(cbi, Org, Client, answers, User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        Assert.Contains(result.Subscales.Values, v => v is decimal d && d != Math.Round(d));
        var client = Build([result], Jan5, Jan5, ReportAudience.Client, instrument: cbi);
        Assert.All(client.Rows.SelectMany(r => r.Subscales), v => Assert.Equal(Math.Round(v!.Value), v));
        Assert.All(client.Charts.SelectMany(c => c.Points), p => Assert.Equal(Math.Round(p.Value), p.Value));
        Assert.All(client.Summary, s => Assert.DoesNotMatch(@"\d\.\d", s));
        Assert.All(client.Summary, s => Assert.Contains("(Copenhagen Burnout Inventory, CBI)", s, StringComparison.Ordinal));

        var scs = InstrumentLibrary.ScsShortForm;
        var low = Assessment.Record(scs, Org, Client, [.. scs.Items.Select(i => (int?)(scs.Scoring.IsReverseKeyed(i.Number) ? 4 : 2))], User, Role.Client,
            new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        var higher = Assessment.Record(scs, Org, Client, [.. scs.Items.Select(_ => (int?)3)], User, Role.Client,
            new DateTimeOffset(2026, 2, 5, 17, 0, 0, TimeSpan.Zero)).Value!;
        var sentence = Build([low, higher], Jan5, Jan5.AddDays(40), ReportAudience.Client, instrument: scs, country: "GB").Summary.Single();
        Assert.StartsWith(
            "Your self-compassion score (Self-Compassion Scale - Short Form, SCS-SF) moved from the low range on 5 January 2026 to the moderate range.",
            sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClientSummary_SaysNoPhraseTwice()
    {
        var gad = InstrumentLibrary.Gad7;
        int?[] Gad(int each) => [.. gad.Items.Select(_ => (int?)each)];
        var sections = new[]
        {
            Build([Phq9(17, Jan5), Phq9(9, Jan5.AddDays(28))], Jan5, Jan5.AddDays(28), ReportAudience.Client),
            Build([Assessment.Record(gad, Org, Client, Gad(2), User, Role.Client, new DateTimeOffset(2026, 1, 5, 17, 0, 0, TimeSpan.Zero)).Value!,
                   Assessment.Record(gad, Org, Client, Gad(1), User, Role.Client, new DateTimeOffset(2026, 2, 1, 17, 0, 0, TimeSpan.Zero)).Value!],
                Jan5, Jan5.AddDays(28), ReportAudience.Client, instrument: gad),
        };
        var summary = ProgressReport.SummaryOf(ReportAudience.Client, sections);
        Assert.Equal(2, summary.Count);
        var text = string.Join(" ", summary);
        Assert.Equal(1, Count(text, "That is a real improvement"));
        Assert.Equal(1, Count(text, "Well done for keeping at it."));
        Assert.StartsWith("Your worry and anxiety score (Generalized Anxiety Disorder-7, GAD-7) went from 14", summary[1], StringComparison.Ordinal);
        Assert.Contains("Another real improvement", summary[1], StringComparison.Ordinal);
        // The care team's summary is every sentence as written.
        Assert.Equal(sections.SelectMany(s => s.Summary), ProgressReport.SummaryOf(ReportAudience.Clinician, sections));
    }

    private static int Count(string text, string phrase) => (text.Length - text.Replace(phrase, string.Empty, StringComparison.Ordinal).Length) / phrase.Length;
}
