using ClinicalPortal.Application.Crisis;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// A homework task. The free text (responses, reflection, skip reason) is there for the client and their clinician or
/// administrator only; it is null for a supervisor (minimum necessary) and in lists that do not ask for it.
/// </summary>
public sealed record HomeworkTaskResponse(
    Guid Id, DateOnly Date, string Status, Guid ModuleId, string ModuleTitle, int ModuleVersion, Guid ModuleVersionId, Guid PlanId,
    bool Late, DateTimeOffset? RecordedAt, int? DistressBefore, int? DistressAfter, bool ReviewFlagged, bool Reviewed,
    IReadOnlyList<StoredStepResponse>? Responses, string? Reflection, string? SkipReason, bool TextWithheld)
{
    /// <summary>The client can record it now (done or skipped): not yet recorded, and its day has begun; a missed task is recorded late.</summary>
    public bool CanRecord { get; init; }

    /// <summary>Only when a distress rating was 9 or 10: the client's crisis lines, at once.</summary>
    public CrisisResourcesResponse? CrisisResources { get; init; }
}
