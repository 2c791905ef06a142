namespace ClinicalPortal.Application.Measures;

/// <summary>A risk flag as shown: rule code, tier, the item it points at, and a fixed sentence (never the answers).</summary>
public sealed record RiskFlagResponse(string Code, string Tier, int ItemNumber, string Reason);
