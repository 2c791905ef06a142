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
        CaseloadFlag.Deterioration =>
            $"{Scale(finding)} deteriorated reliably: {Change(finding)} on {Day(finding.At, zone)}",
        CaseloadFlag.NotImproving =>
            $"No reliable improvement over {Weeks(finding.Since, finding.At)} weeks: {Scale(finding)} {Change(finding)} from {Day(finding.Since, zone)} to {Day(finding.At, zone)}",
        CaseloadFlag.BurnoutRising =>
            $"{Scale(finding)} {ReportText.Number(finding.To)} and rising: {Change(finding)} on {Day(finding.At, zone)}",
        CaseloadFlag.HomeworkOverdue =>
            $"Homework: {finding.Done} of {finding.Due} done {Stretch(finding, zone)} ({ReportText.Percent((decimal)finding.Done!.Value / finding.Due!.Value)})",
        CaseloadFlag.AlertOpen => $"Crisis alert ({finding.Tier}) raised {ReportText.DateTime(TimeZoneInfo.ConvertTime(finding.At!.Value, zone))}",
        CaseloadFlag.AlertLate => $"Crisis alert ({finding.Tier}) not acknowledged by its deadline, {ReportText.DateTime(TimeZoneInfo.ConvertTime(finding.At!.Value, zone))}",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Flag, "unknown flag"),
    };

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
