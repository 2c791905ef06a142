namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>The seam where crisis escalation attaches: which client, which assessment, which tiers and rules fired.</summary>
public sealed record RiskIdentified(Guid ClientId, Guid AssessmentId, string Instrument, string HighestTier, IReadOnlyList<string> FlagCodes, DateTimeOffset IdentifiedAt);
