using ClinicalPortal.Application.Crisis;

namespace ClinicalPortal.Application.Reports;

/// <summary>The client report's last page: the crisis lines of the client's country and their latest safety plan, if any.</summary>
public sealed record ClientResources(CrisisResourcesResponse Crisis, SafetyPlanResponse? SafetyPlan);
