using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record ScoringResponse(
    string Total, decimal Multiplier, IReadOnlyList<int> ReverseKeyedItems, decimal? MinTotal, decimal? MaxTotal,
    IReadOnlyList<SubscaleResponse> Subscales);
