using System.Globalization;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Every English string of the progress report, in one place (a translation replaces this class, not the renderer).
/// Numbers are written as <see cref="ChartGeometry.Format(decimal)"/> writes them on the chart, so a table, a summary
/// sentence and a chart label of the same score are the same text.
/// </summary>
public static class ReportText
{
    public const string Confidential = "Confidential: contains protected health information";
    public const string SummaryHeading = "Summary";
    public const string PracticeHeading = "Practice";
    public const string SafetyHeading = "Safety";
    public const string NoResults = "No questionnaire results in this period.";
    public const string NoAlerts = "No alerts in this period.";
    public const string NoPractice = "No practice was planned in this period.";
    public const string ClientNoResults = "You did not fill in any questionnaires in this period.";
    public const string LatestAnswersHeading = "Answers of the latest result";
    public const string ReflectionsHeading = "Reflections included by the clinician";
    public const string ClientReflectionsHeading = "Your reflections";
    public const string CrisisHeading = "If you need help now";
    public const string SafetyPlanHeading = "Your safety plan";
    public const string ChartNote = "The table below the chart lists the same scores.";
    public const string ChangeLegend = "improved, deteriorated: reliable change by the scale's criterion; *: also clinically significant (crossed the caseness cut-off).";
    public const string ScaleChangeLegend = "Change per scale, in column order; R: reliable change (the summary says which way).";
    public const string RiskHistoryHeading = "PHQ-9 item 9 and C-SSRS screens in the period";
    public const string NoRiskHistory = "No PHQ-9 or C-SSRS screen in this period.";
    public const string Item9Measure = "PHQ-9 item 9";
    public const string ScreenMeasure = "C-SSRS screen";
    public const string Positive = "positive";
    public const string NotPositive = "not positive";
    public const string ScreenNegative = "no to every question asked";
    public const string NoRiskTier = "none";
    public const string MeasurementHeading = "Measurement";
    public const string GapsHeading = "Gaps in measurement";
    public const string CriteriaHeading = "How change is judged";
    public const string NothingScheduled = "No measures are scheduled for this client; results come only when a questionnaire is assigned.";
    public const string NoProcessMeasure = "No self-compassion measure on record: the SCS-SF (12 items) follows the process the programme works on, beside the symptom measures.";
    public const string ProcessOutcome = "the programme's process outcome";
    public const string ClientIntroCrisis = "If things feel too much at any time, the help below is there for you first.";

    /// <summary>Included free text is cut at this many characters (a reflection, a note, the plan's goals)...</summary>
    public const int TextLimit = 1200;

    /// <summary>...and at this many lines, after runs of blank lines are collapsed to one.</summary>
    public const int LineLimit = 24;

    /// <summary>A safety plan entry is cut at this many characters.</summary>
    public const int EntryLimit = 400;

    public const string Continued = "(continued in the record)";

    public static string Title(ReportAudience audience, ReportHeader header) =>
        audience == ReportAudience.Client
            ? $"Your progress report: {header.ClientName}, {ClientDate(header.From, header.Country)} to {ClientDate(header.To, header.Country)}"
            : $"Progress report: {header.ClientName}, {Date(header.From)} to {Date(header.To)}";

    public static IReadOnlyList<string> HeaderLines(ReportHeader header, ReportAudience audience = ReportAudience.Clinician) =>
    [
        audience == ReportAudience.Client
            ? $"{header.ClientName}, born {ClientDate(header.DateOfBirth, header.Country)}    Period {ClientDate(header.From, header.Country)} to {ClientDate(header.To, header.Country)}"
            : $"{header.ClientName}, born {Date(header.DateOfBirth)}    Period {Date(header.From)} to {Date(header.To)}",
        $"Clinician {header.ClinicianName}    {header.OrganizationName}",
        audience == ReportAudience.Client
            ? $"Made on {ClientDate(DateOnly.FromDateTime(header.GeneratedAt.DateTime), header.Country)} at {header.GeneratedAt.ToString("HH:mm", CultureInfo.InvariantCulture)} ({header.TimeZone})    {Confidential}"
            : $"Generated {DateTime(header.GeneratedAt)} ({header.TimeZone})    {Confidential}",
    ];

    public static string Intro(ReportAudience audience) => audience == ReportAudience.Client
        ? "This report shows how your questionnaire scores and your practice have gone. Scores move up and down from week to week; what matters is the direction over time. Bring any questions to your next appointment."
        : "Scores as stored, with change since the first result (baseline) and since the previous report. Reliable change uses each scale's published criterion; clinically significant change is reliable change that also crosses the caseness cut-off.";

    // ---- Free text ----

    /// <summary>
    /// Free text as a report prints it: line breaks normalised, trailing spaces dropped, runs of blank lines collapsed to
    /// one, no blank lines at either end, and at most <paramref name="maxChars"/> characters and <paramref name="maxLines"/>
    /// lines, cut at a word where one is near and marked "(continued in the record)". Text of only blank lines is empty.
    /// </summary>
    public static string Bounded(string text, int maxChars = TextLimit, int maxLines = LineLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0))
            {
                continue;
            }

            lines.Add(line);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var cut = lines.Count > maxLines;
        var joined = string.Join("\n", cut ? lines.Take(maxLines) : lines);
        if (joined.Length > maxChars)
        {
            var end = joined.LastIndexOfAny([' ', '\n'], maxChars);
            joined = joined[..(end > maxChars * 3 / 4 ? end : maxChars)].TrimEnd();
            cut = true;
        }

        return cut ? joined + " " + Continued : joined;
    }

    // ---- Numbers and dates ----
    public static string Number(decimal? value) => value is decimal v ? ChartGeometry.Format(v) : "-";

    public static string WithSign(decimal difference) =>
        difference > 0 ? "+" + ChartGeometry.Format(difference) : difference < 0 ? "-" + ChartGeometry.Format(-difference) : "0";

    public static string Date(DateOnly date) => ChartGeometry.Format(date);

    /// <summary>
    /// A date as the client reads it, in their country's order with the month in words ("December 3, 2026" in the US and
    /// the Philippines, "3 December 2026" elsewhere), so no day and month can be swapped.
    /// </summary>
    public static string ClientDate(DateOnly date, string? country) =>
        date.ToString(MonthFirst(country) ? "MMMM d, yyyy" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whether a country writes the month before the day (the US and the countries that follow its usage).</summary>
    public static bool MonthFirst(string? country) => country is "US" or "PH" or "FM" or "MH" or "PW";

    /// <summary>A score as the client reads it: a whole number (half away from zero).</summary>
    public static string Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan? span) => span switch
    {
        null => "-",
        { TotalMinutes: < 1 } s => $"{Math.Max(0, (int)s.TotalSeconds)} s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min",
        { TotalDays: < 2 } s => $"{(int)s.TotalHours} h {s.Minutes} min",
        var s => $"{(int)s.Value.TotalDays} d {s.Value.Hours} h",
    };

    /// <summary>An enum name as words: <c>SafetyPlanReviewed</c> is "safety plan reviewed", <c>OnCall</c> "on call".</summary>
    public static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    public static string Percent(decimal? rate) => rate is decimal r ? $"{Math.Round(r * 100, 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%" : "-";

    // ---- Change in words ----

    /// <summary>A table cell: the difference and, where the scale's criterion says so, its direction ("-8 improved", "*" when clinically significant).</summary>
    public static string ChangeCell(ScaleChange? change)
    {
        if (change is null)
        {
            return string.Empty;
        }

        var text = WithSign(change.Difference);
        // An unverified figure never calls a change reliable: the difference alone.
        return change.Claimable switch
        {
            ReliableChange.Improved => text + " improved" + (change.ClaimablySignificant ? "*" : string.Empty),
            ReliableChange.Deteriorated => text + " deteriorated" + (change.ClaimablySignificant ? "*" : string.Empty),
            _ => text,
        };
    }

    /// <summary>The care team's sentence for one scale: "PHQ-9 improved reliably: 17 → 9, moderately severe → mild, since baseline (2026-01-05)".</summary>
    public static string ClinicianChange(string scale, ScaleChange change, decimal then, decimal now, string? bandThen, string? bandNow, DateOnly since, string sinceWhat, bool verified)
    {
        var values = $"{Number(then)} → {Number(now)}" + (bandThen is not null && bandNow is not null ? $", {bandThen} → {bandNow}" : string.Empty);
        var when = $"since {sinceWhat} ({Date(since)})";
        var judged = change switch
        {
            { HasCriterion: false } => $"{scale} changed by {WithSign(change.Difference)} {when}: {values} (no reliable-change criterion for this scale)",
            _ when !verified => $"{scale} changed by {WithSign(change.Difference)} {when}: {values} (its reliable-change figure is not verified against its source, so the change is not called reliable)",
            { Reliable: ReliableChange.Improved } => $"{scale} improved reliably {when}: {values}" + (change.ClinicallySignificant ? "; clinically significant (no longer in the clinical range)" : string.Empty),
            { Reliable: ReliableChange.Deteriorated } => $"{scale} deteriorated reliably {when}: {values}" + (change.ClinicallySignificant ? "; clinically significant (now in the clinical range)" : string.Empty),
            _ => $"{scale}: no reliable change {when}: {values}",
        };
        return judged;
    }

    /// <summary>An answer to a reverse-scored item, marked as such with the value it counts as.</summary>
    public static string ReverseScored(string answer, int countsAs) => $"{answer}; reverse-scored: counts as {countsAs}";

    public static string ClinicianFirst(string scale, decimal value, string? band, DateOnly on) =>
        $"{scale}: {Number(value)}{(band is null ? string.Empty : $" ({band})")} on {Date(on)}, the first result; change shows from the next one.";

    public static string ClinicianNoNewResult(string scale, DateOnly previousReport) =>
        $"{scale}: no new result since the previous report ({Date(previousReport)}).";

    public static string ClinicianScreen(string name, string? result, DateOnly on, int count) =>
        $"{name}: latest {Date(on)}, {result ?? "no result"} ({count} in the period).";

    // ---- The client's words ----

    private const string RealImprovement = "That is a real improvement, bigger than everyday ups and downs";
    private const string AnotherImprovement = "Another real improvement";
    private const string BiggerChange = "That change is bigger than everyday ups and downs.";
    private const string AnotherBiggerChange = "This one also moved more than everyday ups and downs would.";
    private const string TailUnverified = "Your clinician will go through what this change means with you.";
    private const string TailImproved = "Well done for keeping at it.";
    private const string TailDeteriorated = "Your clinician will go through it with you, and you do not have to wait: the help at the start of this report is there at any time.";
    private const string TailSteady = "Changes of this size can be everyday ups and downs; keep going, and the picture becomes clearer over time.";
    private const string TailFirst = "Later scores will show how things change.";
    private const string TailScreen = "Your clinician has the result and will talk it through with you.";

    /// <summary>Phrases said once per report: a repeat is dropped, or replaced by its second wording.</summary>
    private static readonly (string Phrase, string OnRepeat)[] SaidOnce =
    [
        (RealImprovement, AnotherImprovement), (BiggerChange, AnotherBiggerChange), (TailUnverified, string.Empty), (TailImproved, string.Empty),
        (TailDeteriorated, string.Empty), (TailSteady, string.Empty), (TailFirst, string.Empty), (TailScreen, string.Empty),
    ];

    /// <summary>
    /// The client's name of a scale, never an acronym alone: "low mood score (Patient Health Questionnaire-9, PHQ-9)"; a
    /// scale of an instrument scored only by scales (CBI) by its own name ("personal burnout score (Copenhagen Burnout
    /// Inventory, CBI)").
    /// </summary>
    public static string ClientScaleName(InstrumentDefinition instrument, string? subscaleName)
    {
        var name = instrument.Name;
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        var shortName = bracket > 0 ? name[..bracket] : name;
        var topic = subscaleName?.ToLowerInvariant() ?? instrument.PlainTopic ?? shortName;
        return $"{topic} score ({shortName}, {instrument.Code})";
    }

    /// <summary>
    /// The client's sentence for one scale, plain and encouraging, never alarming: whole numbers, the date in their
    /// country's words; a scale scored as a mean of 1 to 5 (self-compassion) is worded by its range, since rounding 2.6 and
    /// 3.4 to whole numbers would hide the change.
    /// </summary>
    public static string ClientChange(
        string scale, ScaleChange change, decimal then, decimal now, string? bandThen, string? bandNow, DateOnly since, string? country, bool fineScale)
    {
        var on = ClientDate(since, country);
        var moved = fineScale && bandThen is not null && bandNow is not null
            ? bandThen == bandNow
                ? $"Your {scale} has stayed in the {bandNow} range since {on}."
                : $"Your {scale} moved from the {bandThen} range on {on} to the {bandNow} range."
            : $"Your {scale} went from {Whole(then)} on {on} to {Whole(now)}" + (bandNow is null ? "." : $" ({bandNow}).");
        if (change.HasCriterion && !change.CriterionVerified)
        {
            // A change measured against a figure that is not verified: said plainly, neither "real" nor "everyday ups and downs".
            return moved + " " + TailUnverified;
        }

        return change.Reliable switch
        {
            ReliableChange.Improved => $"{moved} {RealImprovement}" +
                                       (change.ClinicallySignificant ? ", and it is now below the level that usually calls for care." : ".") + " " + TailImproved,
            ReliableChange.Deteriorated => $"{moved} {BiggerChange} {TailDeteriorated}",
            _ => $"{moved} {TailSteady}",
        };
    }

    public static string ClientFirst(string scale, decimal value, string? band, bool fineScale) =>
        (fineScale && band is not null
            ? $"Your first {scale} is in the {band} range."
            : $"Your first {scale} is {Whole(value)}{(band is null ? "." : $" ({band}).")}") + " " + TailFirst;

    public static string ClientScreen(InstrumentDefinition instrument, DateOnly on, string? country) =>
        $"You filled in the {instrument.Name} ({instrument.Code}) on {ClientDate(on, country)}. {TailScreen}";

    /// <summary>The client's summary with no phrase said twice: a repeated comment is dropped, a repeated verdict reworded.</summary>
    public static IReadOnlyList<string> WithoutRepeats(IEnumerable<string> sentences)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var sentence in sentences)
        {
            var text = sentence;
            foreach (var (phrase, onRepeat) in SaidOnce)
            {
                if (!text.Contains(phrase, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!said.Add(phrase))
                {
                    text = onRepeat.Length == 0
                        ? text.Replace(" " + phrase, string.Empty, StringComparison.Ordinal)
                        : text.Replace(phrase, onRepeat, StringComparison.Ordinal);
                }
            }

            result.Add(text);
        }

        return result;
    }

    // ---- The care team's measurement notes ----

    /// <summary>"PHQ-9 response: 17 → 8 is a 53% drop from baseline (response is 50% or more); remission (under 5): not yet."</summary>
    public static string ClinicianOutcome(string scale, ResponseAndRemission outcomes, decimal baseline, decimal now)
    {
        if (!outcomes.AppliesFrom(baseline))
        {
            return $"{scale} response and remission are not judged: the baseline {Number(baseline)} is under {Number(outcomes.BaselineAtLeast)}.";
        }

        var drop = ResponseAndRemission.Drop(baseline, now);
        var percent = Math.Round(drop * 100, 0, MidpointRounding.ToZero).ToString("0", CultureInfo.InvariantCulture);
        var response = outcomes.IsResponse(baseline, now) ? "response" : "no response yet";
        var remission = outcomes.IsRemission(baseline, now) ? "remission" : "not in remission";
        var change = drop >= 0 ? $"a {percent}% drop" : $"a {percent.TrimStart('-')}% rise";
        return $"{scale} against baseline: {Number(baseline)} → {Number(now)}, {change}: {response} (a drop of {Percent(outcomes.ResponseDrop)} or more); {remission} (under {Number(outcomes.RemissionBelow)}).";
    }

    /// <summary>The criterion a scale's change is judged by, with its source and whether it was verified.</summary>
    public static string Criterion(string scale, ReliableChangeCriterion criterion)
    {
        var rule = criterion switch
        {
            FixedPointsCriterion f => $"a change of {Number(f.Points)} points or more",
            JacobsonTruaxCriterion j =>
                $"a change larger than about {Number(Math.Round((decimal)j.ApproximateThreshold, 2))} (Jacobson and Truax 1991: 1.96 × √2 × SD × √(1 − r), SD {Number(j.StandardDeviation)}, r {Number(j.Reliability)})",
            _ => "its published criterion",
        };
        var verified = criterion.IsVerified
            ? "Verified against its source."
            : $"Not verified ({criterion.UnverifiedBecause ?? "its figures could not be checked against the source"}): changes are stated, never called reliable.";
        return $"{scale}: reliable change is {rule}. Source: {criterion.Source}. {verified}";
    }

    public static string OutcomeCriterion(string scale, ResponseAndRemission outcomes) =>
        $"{scale}: response is a drop of {Percent(outcomes.ResponseDrop)} or more from baseline, remission a score under {Number(outcomes.RemissionBelow)}, both judged from a baseline of {Number(outcomes.BaselineAtLeast)} or more. Source: {outcomes.Source}.";

    public static string ProcessMeasure(string code) =>
        $"{code} is {ProcessOutcome}: the self-compassion the practices build. Read its change beside the symptom measures; it is not a symptom score.";

    public static string ScheduleGaps(string code, int cadenceDays, int windows, IReadOnlyList<DateOnly> missed, int listed)
    {
        var every = cadenceDays == 1 ? "every day" : $"every {cadenceDays} days";
        if (missed.Count == 0)
        {
            return $"{code} ({every}): every window that closed in the period got a result ({windows} of {windows}).";
        }

        var dates = string.Join(", ", missed.Take(listed).Select(Date)) + (missed.Count > listed ? $" and {missed.Count - listed} more" : string.Empty);
        return $"{code} ({every}): {missed.Count} of {windows} windows that closed in the period got no result (opening {dates}).";
    }

    public static string UnscheduledSingle(string code, int results) =>
        $"{code} (no schedule): {results} result{(results == 1 ? string.Empty : "s")} in the period, none before it.";

    public static string UnscheduledGap(string code, int results, DateOnly from, DateOnly to) =>
        $"{code} (no schedule): {results} result{(results == 1 ? string.Empty : "s")} in the period; the longest interval between two was {to.DayNumber - from.DayNumber} days ({Date(from)} to {Date(to)}).";

    public static string EarlierRisk(int positives, DateOnly latest) =>
        $"Before this period: {positives} positive PHQ-9 item 9 answer{(positives == 1 ? string.Empty : "s")} or C-SSRS screen{(positives == 1 ? string.Empty : "s")}, the latest on {Date(latest)}.";

    // ---- Practice ----
    public static string Completion(int done, int counted, decimal? rate) =>
        counted == 0 ? "No practice was due yet." : $"{done} of {counted} practices done ({Percent(rate)}).";

    public static string Streaks(int current, int longest) => $"Current streak {current} day{(current == 1 ? string.Empty : "s")}, longest {longest}.";

    public static string DistressChange(decimal? mean, int n) =>
        mean is decimal m ? $"{WithSign(m)} (n={n})" : n == 0 ? "-" : $"- (n={n})";

    /// <summary>How much distress eased after a practice, on average, in whole points for the client ("about 2 points", "none").</summary>
    public static string ClientDistressChange(decimal? mean) => mean switch
    {
        null => "-",
        < 0.5m => "none on average",
        var m => $"about {Whole(m.Value)} point{(Whole(m.Value) == "1" ? string.Empty : "s")}",
    };

    public static string ClientCompletion(int done, int counted) =>
        counted == 0 ? "No practice was due yet in this period." : $"You did {done} of the {counted} practices planned. Every practice counts, including the short ones.";

    /// <summary>Completions a module needs before the client's report says it helped most.</summary>
    public const int HelpedMostAfter = 3;

    /// <summary>
    /// The practice after which distress fell most on average, in whole points, among those done at least
    /// <see cref="HelpedMostAfter"/> times with a drop of half a point or more; two that round to the same drop are named
    /// together, never one "most" by a fraction. Null when none qualifies.
    /// </summary>
    public static string? ClientHelpedMost(IEnumerable<ModuleAdherenceResponse> modules)
    {
        var ranked = modules.Where(m => m.DistressChange.Mean >= 0.5m && m.DistressChange.Completions >= HelpedMostAfter)
            .OrderByDescending(m => m.DistressChange.Mean).ThenByDescending(m => m.DistressChange.Completions).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var best = Whole(ranked[0].DistressChange.Mean!.Value);
        var points = $"about {best} point{(best == "1" ? string.Empty : "s")}";
        return ranked.Count > 1 && Whole(ranked[1].DistressChange.Mean!.Value) == best
            ? $"{ranked[0].Title} and {ranked[1].Title} helped most: on average your distress went down by {points} after each."
            : $"{ranked[0].Title} helped most: on average your distress went down by {points} after it.";
    }

    public static string Goals(string goals) => $"Goals: {goals}";

    // ---- Safety ----
    public static string SafetyPlanOnFile(int? version, DateOnly? since) =>
        version is int v ? $"Safety plan on file: version {v}, since {Date(since!.Value)}." : "No safety plan on file.";

    public static string ClientNoSafetyPlan => "You and your clinician have not written a safety plan yet. Ask about it at your next appointment.";
}
