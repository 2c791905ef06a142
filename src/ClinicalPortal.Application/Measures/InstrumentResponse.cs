using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record InstrumentResponse(
    string Code,
    string Name,
    string Version,
    string TimeFrame,
    IReadOnlyList<InstrumentItem> Items,
    ScoringResponse Scoring,
    IReadOnlyList<SeverityBand> Bands,
    CasenessCutOff? Caseness,
    ReliableChangeResponse? ReliableChange,
    bool HigherIsBetter,
    string MissingAnswers,
    IReadOnlyList<RiskRuleResponse> RiskRules,
    InstrumentLicence Licence,
    string Citation,
    string? LoincPanelCode,
    string? LoincTotalCode)
{
    public static InstrumentSummaryResponse Summary(InstrumentDefinition d) =>
        new(d.Code, d.Name, d.Version, d.Items.Count, d.TimeFrame, d.HigherIsBetter, d.Licence);

    public static InstrumentResponse From(InstrumentDefinition d) => new(
        d.Code, d.Name, d.Version, d.TimeFrame, d.Items,
        new ScoringResponse(d.Scoring.Total.ToString(), d.Scoring.Multiplier, d.Scoring.ReverseKeyedItems,
            d.Scoring.MinTotal, d.Scoring.MaxTotal,
            d.Scoring.Subscales.Select(s => new SubscaleResponse(s.Key, s.Name, s.Items, s.Method.ToString(), s.MinimumAnswered,
                s.Bands, s.Caseness, Change(s.ReliableChange))).ToList()),
        d.Bands, d.Caseness, Change(d.ReliableChange), d.HigherIsBetter, d.MissingAnswers.Description,
        d.RiskRules.Select(r => new RiskRuleResponse(r.Code, r.Tier.ToString(), r.ItemNumber, r.Reason)).ToList(),
        d.Licence, d.Citation, d.LoincPanelCode, d.LoincTotalCode);

    private static ReliableChangeResponse? Change(ReliableChangeCriterion? criterion) => criterion switch
    {
        FixedPointsCriterion p => new("points", p.Points, null, null, null, (double)p.Points, p.Source, p.IsVerified, p.UnverifiedBecause),
        JacobsonTruaxCriterion j => new("jacobsonTruax", null, j.StandardDeviation, j.Reliability, j.Kind == ReliabilityKind.TestRetest ? "testRetest" : "internalConsistency",
            j.ApproximateThreshold, j.Source, j.IsVerified, j.UnverifiedBecause),
        _ => null,
    };
}
