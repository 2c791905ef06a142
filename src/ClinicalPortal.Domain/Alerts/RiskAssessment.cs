namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// The documented risk assessment that closes a High or Imminent alert (the Joint Commission's NPSG 15.01.01: a
/// documented risk level and plan; Stanley and Brown's safety planning; lethal-means counselling as in Zero Suicide):
/// the level and why, whether the safety plan was reviewed (and which version was on file), whether lethal means were
/// discussed, when the next contact is, and whether a supervisor was consulted. <see cref="RationaleProtected"/> is
/// health text, encrypted by the application (ADR 0014).
/// </summary>
public sealed record RiskAssessment(
    AssessedRisk Level,
    string RationaleProtected,
    bool SafetyPlanReviewed,
    int? SafetyPlanVersion,
    bool MeansCounselling,
    DateTimeOffset NextContactAt,
    bool? SupervisorConsulted);
