using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record SubscaleResponse(
    string Key, string Name, IReadOnlyList<int> Items, string Method, int MinimumAnswered,
    IReadOnlyList<SeverityBand> Bands, CasenessCutOff? Caseness, ReliableChangeResponse? ReliableChange);
