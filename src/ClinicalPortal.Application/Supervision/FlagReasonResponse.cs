using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>One reason a client is flagged: its code, short text, and the structured figures behind it (no item answers).</summary>
public sealed record FlagReasonResponse(
    string Code, string Text, string? Instrument, string? Scale, decimal? From, decimal? To, DateTimeOffset? At, DateTimeOffset? Since,
    int? Done, int? Due, RiskTier? Tier)
{
    public static FlagReasonResponse Of(CaseloadFinding finding, TimeZoneInfo zone) => new(
        CaseloadFlags.Code(finding.Flag), SupervisionText.Reason(finding, zone), finding.Instrument, finding.Scale, finding.From, finding.To,
        finding.At, finding.Since, finding.Done, finding.Due, finding.Tier);
}
