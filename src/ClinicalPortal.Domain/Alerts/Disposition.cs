namespace ClinicalPortal.Domain.Alerts;

/// <summary>How an alert was closed (Joint Commission NPSG 15.01.01: document the risk, the plan and the follow-up).</summary>
public enum Disposition
{
    /// <summary>The client was reached and is safe for now.</summary>
    ContactedSafe = 0,

    /// <summary>The safety plan was reviewed with the client.</summary>
    SafetyPlanReviewed = 1,

    /// <summary>The client was referred to emergency care.</summary>
    EmergencyReferral = 2,

    /// <summary>The client could not be reached: a follow-up date is required and becomes a new deadline (the alert stays open to work).</summary>
    UnableToReach = 3,

    /// <summary>The signal was not a risk (e.g. an answer given by mistake): a reason is required.</summary>
    FalsePositive = 4,
}
