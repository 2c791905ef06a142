using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>One item as the clinician asks for it: a module version, how often, from when to when (client's calendar).</summary>
public sealed record PlanItemSpec(
    ModuleId ModuleId, ModuleVersionId ModuleVersionId, int ModuleVersion, string ModuleTitle,
    PracticeFrequency Frequency, DateOnly Start, DateOnly End);
