using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// The short English text of each finding ("PHQ-9 deteriorated reliably: 8 -> 15 on 2026-11-02"), dates in the
/// client's calendar. Figures only: never item answers or anything the client wrote. Kept in one place for translation.
/// </summary>
public static class SupervisionText
{
    public static string Reason(CaseloadFinding finding, TimeZoneInfo zone) => finding.Flag switch
    {
        CaseloadFlag.Deterioration => finding.CriterionVerified == false
            ? $"{Scale(finding)} worse by {ReportText.Number(Math.Abs(finding.To!.Value - finding.From!.Value))}: {Change(finding)} on {Day(finding.At, zone)} ({UnverifiedFigure})"
            : $"{Scale(finding)} deteriorated reliably: {Change(finding)} on {Day(finding.At, zone)}",
        CaseloadFlag.NotImproving =>
            $"No reliable improvement over {Weeks(finding.Since, finding.At)} weeks from a start in the clinical range: {Scale(finding)} {Change(finding)} from {Day(finding.Since, zone)} to {Day(finding.At, zone)}",
        CaseloadFlag.BurnoutRising => Burnout(finding, zone),
        CaseloadFlag.HomeworkOverdue =>
            $"Homework: {finding.Done} of {finding.Due} done {Stretch(finding, zone)} ({ReportText.Percent((decimal)finding.Done!.Value / finding.Due!.Value)})",
        CaseloadFlag.AlertOpen => $"Crisis alert ({finding.Tier}) raised {ReportText.DateTime(TimeZoneInfo.ConvertTime(finding.At!.Value, zone))}",
        CaseloadFlag.AlertLate => $"Crisis alert ({finding.Tier}) not acknowledged by its deadline, {ReportText.DateTime(TimeZoneInfo.ConvertTime(finding.At!.Value, zone))}",
        CaseloadFlag.AlertWithoutSafetyPlan =>
            $"Crisis alert ({finding.Tier}) open since {ReportText.DateTime(TimeZoneInfo.ConvertTime(finding.At!.Value, zone))} and no safety plan on file",
        CaseloadFlag.MeasuresOverdue =>
            $"{finding.Instrument} overdue: nothing answered in the window from {Day(finding.Since, zone)} to {ReportText.Date(HomeworkStatuses.LocalDate(finding.At!.Value, zone).AddDays(-1))}",
        CaseloadFlag.Item9Positive =>
            $"PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above \"not at all\" on {Day(finding.At, zone)} ({Words(finding.Tier)}): in the last {CaseloadRules.Item9WindowDays} days",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Flag, "unknown flag"),
    };

    /// <summary>Said beside a change judged by a figure that could not be verified: the change, never "reliable".</summary>
    public const string UnverifiedFigure = "its reliable-change figure is not verified, so the change is not called reliable";

    /// <summary>
    /// "CBI personal burnout rose to 80 (high): 50 -> 80 on 2026-11-02, ..." by what made the rise count: beyond the
    /// scale's figure (reliable only when the figure is verified), or two rises in a row (40 -> 50 -> 60).
    /// </summary>
    private static string Burnout(CaseloadFinding finding, TimeZoneInfo zone)
    {
        var band = InstrumentLibrary.Cbi.Subscale(finding.Scale ?? string.Empty) is { } scale && finding.To is decimal to
            ? SeverityBand.Find(scale.Bands, to)?.Label
            : null;
        var level = $"{ReportText.Number(finding.To)}{(band is null ? string.Empty : $" ({band})")}";
        var on = $"on {Day(finding.At, zone)}";
        return finding switch
        {
            { Earlier: decimal earlier } =>
                $"{Scale(finding)} rose at two results in a row, to {level}: {ReportText.Number(earlier)} -> {Change(finding)} {on}",
            { CriterionVerified: true } => $"{Scale(finding)} rose reliably to {level}: {Change(finding)} {on}",
            _ => $"{Scale(finding)} rose to {level}, by more than the scale's reliable-change figure: {Change(finding)} {on} ({UnverifiedFigure})",
        };
    }

    private static string Words(RiskTier? tier) => tier is { } t ? ReportText.Words(t.ToString()) : "-";

    /// <summary>"PHQ-9" for a total, "CBI work-related burnout" for a subscale.</summary>
    private static string Scale(CaseloadFinding finding)
    {
        if (finding.Scale is null || !InstrumentLibrary.TryGet(finding.Instrument ?? string.Empty, out var instrument))
        {
            return finding.Instrument ?? string.Empty;
        }

        return $"{instrument.Code} {instrument.Subscale(finding.Scale)?.Name.ToLowerInvariant() ?? finding.Scale}";
    }

    private static string Change(CaseloadFinding finding) => $"{ReportText.Number(finding.From)} -> {ReportText.Number(finding.To)}";

    private static string Day(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } instant ? ReportText.Date(HomeworkStatuses.LocalDate(instant, zone)) : "-";

    /// <summary>"in the last 14 days" now; "in the 14 days from 2026-10-01 to 2026-10-14" in the history (At: the day after).</summary>
    private static string Stretch(CaseloadFinding finding, TimeZoneInfo zone) =>
        finding is { Since: { } since, At: { } end }
            ? $"in the {CaseloadRules.HomeworkWindowDays} days from {Day(since, zone)} to {ReportText.Date(HomeworkStatuses.LocalDate(end, zone).AddDays(-1))}"
            : $"in the last {CaseloadRules.HomeworkWindowDays} days";

    private static int Weeks(DateTimeOffset? since, DateTimeOffset? at) =>
        since is { } from && at is { } to ? (int)((to - from).TotalDays / 7) : 0;
}
