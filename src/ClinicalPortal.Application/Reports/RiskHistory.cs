using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// The history of the two risk questions a clinician reviews before an appointment (Joint Commission NPSG 15.01.01:
/// screen, assess, follow up): every PHQ-9 item 9 answer and every C-SSRS screen of the period, with the tier the
/// instrument's stored risk flags gave it, and how many were positive before the period. Read from the stored results,
/// never rescored.
/// </summary>
public static class RiskHistory
{
    /// <summary>The rows of the period (its days in the client's zone) and the line on earlier positive ones.</summary>
    public static (IReadOnlyList<RiskHistoryRow> Rows, string? Earlier) Build(
        IEnumerable<Assessment> results, DateOnly from, DateOnly to, TimeZoneInfo zone, bool showAnswers)
    {
        var rows = new List<RiskHistoryRow>();
        var earlier = new List<DateOnly>();
        foreach (var result in results.Where(IsRiskResult).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id.Value))
        {
            var date = HomeworkStatuses.LocalDate(result.SubmittedAt, zone);
            if (date > to)
            {
                continue;
            }

            if (date < from)
            {
                if (IsPositive(result))
                {
                    earlier.Add(date);
                }

                continue;
            }

            rows.Add(new RiskHistoryRow(date, Measure(result), Result(result, showAnswers), Tier(result)));
        }

        return (rows, earlier.Count == 0 ? null : ReportText.EarlierRisk(earlier.Count, earlier.Max()));
    }

    private static bool IsRiskResult(Assessment result) =>
        result.InstrumentCode is FollowUpScreen.TriggerInstrument or FollowUpScreen.Screener;

    private static bool IsPositive(Assessment result) =>
        result.InstrumentCode == FollowUpScreen.TriggerInstrument ? Item9(result) > 0 : result.RiskFlags.Count > 0;

    private static int? Item9(Assessment result) => result.Answers.ElementAtOrDefault(FollowUpScreen.TriggerItem - 1);

    private static string Measure(Assessment result) =>
        result.InstrumentCode == FollowUpScreen.TriggerInstrument ? ReportText.Item9Measure : ReportText.ScreenMeasure;

    private static string Result(Assessment result, bool showAnswers)
    {
        if (result.InstrumentCode == FollowUpScreen.TriggerInstrument)
        {
            var answer = Item9(result);
            var option = InstrumentLibrary.Phq9.Item(FollowUpScreen.TriggerItem).Options.FirstOrDefault(o => o.Value == answer);
            return showAnswers && option is not null
                ? $"{option.Display} ({answer})"
                : answer > 0 ? ReportText.Positive : ReportText.NotPositive;
        }

        if (result.RiskFlags.Count == 0)
        {
            return ReportText.ScreenNegative;
        }

        // The reasons are the instrument's fixed sentences (no answers of the client's own); a supervisor sees the tier only.
        return showAnswers
            ? string.Join(" ", result.RiskFlags.OrderByDescending(f => f.Tier).Select(f => f.Reason))
            : ReportText.Positive;
    }

    private static string Tier(Assessment result) =>
        result.RiskFlags.Count == 0 ? ReportText.NoRiskTier : ReportText.Words(result.RiskFlags.Max(f => f.Tier).ToString());
}
