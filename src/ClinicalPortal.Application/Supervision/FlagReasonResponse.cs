using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// One reason a client is flagged: its code, short text, and the structured figures behind it (no item answers).
/// <see cref="Earlier"/>: for a sustained rise, the score before <see cref="From"/>. <see cref="CriterionVerified"/>: for a
/// finding judged by a reliable-change figure, whether that figure is verified (false: the change is not called reliable).
/// </summary>
public sealed record FlagReasonResponse(
    string Code, string Text, string? Instrument, string? Scale, decimal? From, decimal? To, DateTimeOffset? At, DateTimeOffset? Since,
    int? Done, int? Due, RiskTier? Tier, decimal? Earlier, bool? CriterionVerified)
{
    public static FlagReasonResponse Of(CaseloadFinding finding, TimeZoneInfo zone) => new(
        CaseloadFlags.Code(finding.Flag), SupervisionText.Reason(finding, zone), finding.Instrument, finding.Scale, finding.From, finding.To,
        finding.At, finding.Since, finding.Done, finding.Due, finding.Tier, finding.Earlier, finding.CriterionVerified);
}
