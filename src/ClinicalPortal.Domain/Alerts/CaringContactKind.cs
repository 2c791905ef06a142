namespace ClinicalPortal.Domain.Alerts;

public enum CaringContactKind
{
    /// <summary>A short message from the care team to the client with one question: how are you today?</summary>
    CheckIn = 0,

    /// <summary>The clinician reviews the safety plan with the client (done when a new version of the plan is saved).</summary>
    SafetyPlanReview = 1,
}
