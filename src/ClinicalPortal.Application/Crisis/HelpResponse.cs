namespace ClinicalPortal.Application.Crisis;

/// <summary>What the client sees at once: the crisis lines of their country and, when their clinician wrote one, their safety plan.</summary>
public sealed record HelpResponse(CrisisResourcesResponse CrisisResources, SafetyPlanResponse? SafetyPlan);
