namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// A risk signal raised by an answer set. <see cref="Reason"/> is a fixed, non-PHI sentence
/// taken from the instrument definition; it never contains the client's answers or identity.
/// </summary>
public sealed record RiskFlag(string Code, RiskTier Tier, int ItemNumber, string Reason);
