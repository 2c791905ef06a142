using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Builds an instrument's part of the report from its stored results (no rescoring: totals, subscales and bands are the
/// values stored when the answers came in). The headline scale is the total; an instrument without one (CBI) is read
/// scale by scale; one with neither (the C-SSRS screener) is listed by its result. Change is judged by
/// <see cref="ChangeCalculator"/>, the same code that judges it in the API.
/// </summary>
public static class InstrumentSections
{
    /// <summary>What the section is read from: every stored result of one instrument version, oldest first.</summary>
    public sealed record Input(
        InstrumentDefinition Instrument,
        IReadOnlyList<Assessment> History,
        DateOnly From,
        DateOnly To,
        TimeZoneInfo Zone,
        DateTimeOffset? PreviousReportAt,
        ReportAudience Audience,
        bool IncludeAnswers,
        string? Country = null);

    /// <summary>The section, or null when the instrument was not given in the period.</summary>
    public static InstrumentReport? Build(Input input)
    {
        var def = input.Instrument;
        var dated = input.History.Select(a => (Result: a, Date: HomeworkStatuses.LocalDate(a.SubmittedAt, input.Zone))).ToList();
        var inPeriod = dated.Where(d => d.Date >= input.From && d.Date <= input.To).ToList();
        if (inPeriod.Count == 0)
        {
            return null;
        }

        var scales = Scales(def);
        var hasTotal = def.Scoring.Total != TotalMethod.None;
        var baseline = dated[0];
        var latest = inPeriod[^1];
        var summary = new List<string>();
        if (scales.Count == 0)
        {
            summary.Add(input.Audience == ReportAudience.Client
                ? ReportText.ClientScreen(def, latest.Date, input.Country)
                : ReportText.ClinicianScreen(def.Code, latest.Result.Severity, latest.Date, inPeriod.Count));
        }

        var client = input.Audience == ReportAudience.Client;
        if (def.IsProcessMeasure && !client)
        {
            summary.Add(ReportText.ProcessMeasure(def.Code));
        }

        foreach (var scale in scales)
        {
            summary.AddRange(Sentences(scale, dated, baseline, latest, input));
        }

        // WHO-5's bands ("likely depression") are for the clinician: the client's report shows the scores without them.
        var hideBands = client && !def.BandsShownToClient;
        // The client reads whole numbers; a mean of 1 to 5 keeps the decimal it is scored in (its sentences use its ranges).
        var whole = client && !FineScale(def);
        decimal? Shown(decimal? value) => whole && value is decimal v ? Math.Round(v, 0, MidpointRounding.AwayFromZero) : value;
        var rows = new List<ScoreRow>(inPeriod.Count);
        var first = dated.IndexOf(inPeriod[0]);
        for (var i = first; i < first + inPeriod.Count; i++)
        {
            var (result, date) = dated[i];
            var previous = i > 0 ? dated[i - 1].Result : null;
            rows.Add(new ScoreRow(
                date,
                Shown(result.Total),
                def.Scoring.Subscales.Select(s => Shown(result.Subscales.GetValueOrDefault(s.Key))).ToList(),
                hideBands ? "-" : Band(def, result, hasTotal),
                previous is null ? string.Empty : ChangeCells(scales, previous, result, hasTotal),
                i == 0 ? string.Empty : ChangeCells(scales, baseline.Result, result, hasTotal)));
        }

        var charts = scales.Where(s => s.Bands.Count > 0 || s.IsTotal)
            .Select(s => ScoreChart.For(s.Label, hideBands ? [] : s.Bands, hideBands ? null : s.Caseness,
                inPeriod.Where(d => s.Value(d.Result) is not null).Select(d => new ChartPoint(d.Date, Shown(s.Value(d.Result))!.Value)))
                with { ClientDatesCountry = client ? input.Country ?? string.Empty : null, Span = (input.From, input.To) })
            .Where(c => c.Points.Count > 0)
            .ToList();

        var answers = input.IncludeAnswers && input.Audience == ReportAudience.Clinician
            ? def.Items.Select(item => new ItemAnswer(item.Number, item.Text, Answer(def, item, latest.Result.Answers.ElementAtOrDefault(item.Number - 1)))).ToList()
            : null;
        var criteria = client ? [] : Criteria(def, scales);
        return new InstrumentReport(
            def.Code, def.Name, def.Scoring.Subscales.Select(s => s.Name).ToList(), hasTotal, summary, charts, rows, answers, criteria, def.IsProcessMeasure);
    }

    /// <summary>A total scored as a mean over a short range (the SCS and SCS-SF, 1 to 5): rounding it would hide its change.</summary>
    private static bool FineScale(InstrumentDefinition def) =>
        def.Scoring.Total == TotalMethod.Mean && def.Scoring.MaxTotal - def.Scoring.MinTotal <= 10;

    private static List<string> Criteria(InstrumentDefinition def, IReadOnlyList<Scale> scales)
    {
        var criteria = scales.Where(s => s.Criterion is not null).Select(s => ReportText.Criterion(s.Label, s.Criterion!)).ToList();
        if (def.Outcomes is { } outcomes)
        {
            criteria.Add(ReportText.OutcomeCriterion(def.Code, outcomes));
        }

        return criteria;
    }

    private static IEnumerable<string> Sentences(
        Scale scale, List<(Assessment Result, DateOnly Date)> dated, (Assessment Result, DateOnly Date) baseline,
        (Assessment Result, DateOnly Date) latest, Input input)
    {
        if (scale.Value(latest.Result) is not decimal now)
        {
            yield break;
        }

        var client = input.Audience == ReportAudience.Client;
        var fine = FineScale(input.Instrument);
        // A band the client should hear from their clinician (WHO-5 "likely depression") is not printed in their report.
        var clientBand = input.Instrument.BandsShownToClient ? scale.Band(latest.Result) : null;
        if (latest.Result.Id == baseline.Result.Id || scale.Value(baseline.Result) is not decimal then)
        {
            yield return client
                ? ReportText.ClientFirst(scale.ClientLabel, now, clientBand, fine)
                : ReportText.ClinicianFirst(scale.Label, now, scale.Band(latest.Result), latest.Date);
            yield break;
        }

        var change = scale.Compare(then, now);
        if (client)
        {
            var clientBandThen = input.Instrument.BandsShownToClient ? scale.Band(baseline.Result) : null;
            yield return ReportText.ClientChange(scale.ClientLabel, change, then, now, clientBandThen, clientBand, baseline.Date, input.Country, fine);
            yield break;
        }

        yield return ReportText.ClinicianChange(
            scale.Label, change, then, now, scale.Band(baseline.Result), scale.Band(latest.Result), baseline.Date, "baseline", scale.Verified);
        if (scale.IsTotal && input.Instrument.Outcomes is { } outcomes)
        {
            yield return ReportText.ClinicianOutcome(scale.Label, outcomes, then, now);
        }
        if (input.PreviousReportAt is not { } reportAt)
        {
            yield break;
        }

        // The result the previous report showed last: the latest one submitted before it was generated.
        var reportDate = HomeworkStatuses.LocalDate(reportAt, input.Zone);
        var shown = dated.LastOrDefault(d => d.Result.SubmittedAt <= reportAt);
        if (shown.Result is null)
        {
            yield break;
        }

        if (shown.Result.Id == latest.Result.Id)
        {
            yield return ReportText.ClinicianNoNewResult(scale.Label, reportDate);
        }
        else if (scale.Value(shown.Result) is decimal before)
        {
            yield return ReportText.ClinicianChange(
                scale.Label, scale.Compare(before, now), before, now, scale.Band(shown.Result), scale.Band(latest.Result), reportDate,
                "the previous report", scale.Verified);
        }
    }

    private static string ChangeCells(IReadOnlyList<Scale> scales, Assessment then, Assessment now, bool hasTotal)
    {
        if (hasTotal)
        {
            var total = scales[0];
            return total.Value(then) is decimal a && total.Value(now) is decimal b ? ReportText.ChangeCell(total.Compare(a, b)) : "-";
        }

        // Scales only (CBI): each scale's difference in column order, "R" where it is reliable (the summary says which way).
        return string.Join(" / ", scales.Select(s => s.Value(then) is decimal a && s.Value(now) is decimal b
            ? ReportText.WithSign(b - a) + (s.Compare(a, b).Claimable != ReliableChange.None ? " R" : string.Empty)
            : "-"));
    }

    private static string Band(InstrumentDefinition def, Assessment result, bool hasTotal) =>
        hasTotal || def.Scoring.Subscales.Count == 0
            ? result.Severity ?? "-"
            : string.Join(" / ", def.Scoring.Subscales.Select(s => result.SubscaleBands.GetValueOrDefault(s.Key) ?? "-"));

    /// <summary>"Often (75)"; a reverse-scored item says so and what the answer counts as ("Often (75); reverse-scored: counts as 25").</summary>
    private static string Answer(InstrumentDefinition def, InstrumentItem item, int? value)
    {
        if (value is not int v || item.Options.FirstOrDefault(o => o.Value == v) is not { } option)
        {
            return "not answered";
        }

        var answer = $"{option.Display} ({v})";
        return def.Scoring.IsReverseKeyed(item.Number) ? ReportText.ReverseScored(answer, ScoringRule.Reverse(item, v)) : answer;
    }

    /// <summary>The scales a section judges: the total if the instrument has one, else each subscale with a criterion or bands.</summary>
    private static List<Scale> Scales(InstrumentDefinition def)
    {
        if (def.Scoring.Total != TotalMethod.None)
        {
            return [new Scale(def.Code, ReportText.ClientScaleName(def, null), true, null, def.Bands, def.Caseness, def.ReliableChange, def.HigherIsBetter)];
        }

        return def.Scoring.Subscales.Where(s => s.ReliableChange is not null || s.Bands.Count > 0)
            .Select(s => new Scale(
                $"{def.Code} {s.Name.ToLowerInvariant()}", ReportText.ClientScaleName(def, s.Name), false, s.Key, s.Bands, s.Caseness, s.ReliableChange,
                def.HigherIsBetter))
            .ToList();
    }

    private sealed record Scale(
        string Label, string ClientLabel, bool IsTotal, string? Key, IReadOnlyList<SeverityBand> Bands, CasenessCutOff? Caseness,
        ReliableChangeCriterion? Criterion, bool HigherIsBetter)
    {
        public bool Verified => Criterion?.IsVerified ?? false;

        public decimal? Value(Assessment a) => Key is null ? a.Total : a.Subscales.GetValueOrDefault(Key);

        public string? Band(Assessment a) => Key is null ? a.Severity : a.SubscaleBands.GetValueOrDefault(Key);

        public ScaleChange Compare(decimal then, decimal now) => ChangeCalculator.Assess(then, now, Criterion, Caseness, HigherIsBetter);
    }
}
