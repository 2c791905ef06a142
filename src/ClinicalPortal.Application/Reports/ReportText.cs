using System.Globalization;
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

    public static string Title(ReportAudience audience, ReportHeader header) =>
        $"{(audience == ReportAudience.Client ? "Your progress report" : "Progress report")}: {header.ClientName}, {Date(header.From)} to {Date(header.To)}";

    public static IReadOnlyList<string> HeaderLines(ReportHeader header) =>
    [
        $"{header.ClientName}, born {Date(header.DateOfBirth)}    Period {Date(header.From)} to {Date(header.To)}",
        $"Clinician {header.ClinicianName}    {header.OrganizationName}",
        $"Generated {DateTime(header.GeneratedAt)} ({header.TimeZone})    {Confidential}",
    ];

    public static string Intro(ReportAudience audience) => audience == ReportAudience.Client
        ? "This report shows how your questionnaire scores and your practice have gone. Scores move up and down from week to week; what matters is the direction over time. Bring any questions to your next appointment."
        : "Scores as stored, with change since the first result (baseline) and since the previous report. Reliable change uses each scale's published criterion; clinically significant change is reliable change that also crosses the caseness cut-off.";

    // ---- Numbers and dates ----
    public static string Number(decimal? value) => value is decimal v ? ChartGeometry.Format(v) : "-";

    public static string WithSign(decimal difference) =>
        difference > 0 ? "+" + ChartGeometry.Format(difference) : difference < 0 ? "-" + ChartGeometry.Format(-difference) : "0";

    public static string Date(DateOnly date) => ChartGeometry.Format(date);

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

    /// <summary>The client's sentence for one scale, plain and encouraging, never alarming.</summary>
    public static string ClientChange(string scale, ScaleChange change, decimal then, decimal now, string? bandNow, DateOnly since)
    {
        var moved = $"Your {scale} score went from {Number(then)} on {Date(since)} to {Number(now)}" + (bandNow is null ? "." : $" ({bandNow}).");
        if (change.HasCriterion && !change.CriterionVerified)
        {
            // A change measured against a figure that is not verified: said plainly, neither "real" nor "everyday ups and downs".
            return moved + " Your clinician will go through what this change means with you.";
        }

        return change.Reliable switch
        {
            ReliableChange.Improved => moved + " That is a real improvement, bigger than everyday ups and downs" +
                                       (change.ClinicallySignificant ? ", and it is now below the level that usually calls for care." : ".") + " Well done for keeping at it.",
            ReliableChange.Deteriorated => moved + " That change is bigger than everyday ups and downs. Your clinician will go through it with you, and you do not have to wait: the help on the last page is there at any time.",
            _ => moved + " Changes of this size can be everyday ups and downs; keep going, and the picture becomes clearer over time.",
        };
    }

    public static string ClientFirst(string scale, decimal value, string? band) =>
        $"Your first {scale} score is {Number(value)}{(band is null ? "." : $" ({band}).")} Later scores will show how things change.";

    public static string ClientScreen(string name, DateOnly on) =>
        $"You filled in the {name} on {Date(on)}. Your clinician has the result and will talk it through with you.";

    // ---- Practice ----
    public static string Completion(int done, int counted, decimal? rate) =>
        counted == 0 ? "No practice was due yet." : $"{done} of {counted} practices done ({Percent(rate)}).";

    public static string Streaks(int current, int longest) => $"Current streak {current} day{(current == 1 ? string.Empty : "s")}, longest {longest}.";

    public static string DistressChange(decimal? mean, int n) =>
        mean is decimal m ? $"{WithSign(m)} (n={n})" : n == 0 ? "-" : $"- (n={n})";

    public static string ClientCompletion(int done, int counted) =>
        counted == 0 ? "No practice was due yet in this period." : $"You did {done} of the {counted} practices planned. Every practice counts, including the short ones.";

    public static string ClientHelpedMost(string module, decimal mean) =>
        $"{module} helped most: on average your distress went down by {ChartGeometry.Format(mean)} points after it.";

    public static string Goals(string goals) => $"Goals: {goals}";

    // ---- Safety ----
    public static string SafetyPlanOnFile(int? version, DateOnly? since) =>
        version is int v ? $"Safety plan on file: version {v}, since {Date(since!.Value)}." : "No safety plan on file.";

    public static string ClientNoSafetyPlan => "You and your clinician have not written a safety plan yet. Ask about it at your next appointment.";
}
