namespace ClinicalPortal.Application.Alerts;

/// <summary>The documented risk assessment of an alert's resolution, with the safety-plan version that was on file.</summary>
public sealed record RiskAssessmentResponse(
    string Level, string Rationale, bool SafetyPlanReviewed, int? SafetyPlanVersion, bool MeansCounselling, DateTimeOffset NextContactAt,
    bool? SupervisorConsulted);
