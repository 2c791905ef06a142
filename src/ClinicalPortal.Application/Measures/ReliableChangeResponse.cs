using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record ReliableChangeResponse(
    string Kind, decimal? Points, decimal? StandardDeviation, decimal? Reliability, double? ApproximateThreshold, string Source, bool Verified);
