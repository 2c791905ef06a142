namespace ClinicalPortal.Application.Clients;

/// <summary>
/// One instrument of a client on the caseload: the latest score (the total, or for an instrument without one its first
/// scale, named), its direction against the previous result (<c>better</c>, <c>worse</c>, <c>same</c>, or <c>first</c>),
/// and reliable change since the first result (<c>improved</c>, <c>deteriorated</c> or null) by the instrument's criterion.
/// </summary>
public sealed record CaseloadTrend(
    string Instrument, string? Scale, DateTimeOffset LatestAt, decimal Latest, decimal? Previous, string Direction, string? ReliableSinceFirst);
