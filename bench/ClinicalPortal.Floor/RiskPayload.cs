namespace ClinicalPortal.Floor;

/// <summary>
/// The outbox payload of a risky submission: the API's <c>RiskIdentified</c> (Application, not referenced here)
/// with the same property names, serialised with the same default options (ids and tiers only, no answers).
/// </summary>
internal sealed record RiskPayload(Guid ClientId, Guid AssessmentId, string Instrument, string HighestTier, IReadOnlyList<string> FlagCodes, DateTimeOffset IdentifiedAt);
