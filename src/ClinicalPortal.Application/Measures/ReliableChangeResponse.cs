namespace ClinicalPortal.Application.Measures;

/// <summary>
/// An instrument's reliable-change criterion with its source. <see cref="ReliabilityKind"/> says whether r is a
/// test-retest figure ("testRetest") or internal consistency ("internalConsistency"); <see cref="Verified"/> is false,
/// with <see cref="UnverifiedBecause"/>, when the figures could not be checked against their source.
/// </summary>
public sealed record ReliableChangeResponse(
    string Kind, decimal? Points, decimal? StandardDeviation, decimal? Reliability, string? ReliabilityKind, double? ApproximateThreshold,
    string Source, bool Verified, string? UnverifiedBecause);
