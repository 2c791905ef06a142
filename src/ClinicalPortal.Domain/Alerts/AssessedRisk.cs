namespace ClinicalPortal.Domain.Alerts;

/// <summary>The clinician's formulation of the client's risk when an alert is closed (a judgement, not a score).</summary>
public enum AssessedRisk
{
    Low = 0,
    Moderate = 1,
    High = 2,
}
