namespace ClinicalPortal.Application.Wellbeing;

/// <summary>A member of staff who shares their check-ins with their supervisor, with those in the period.</summary>
public sealed record StaffWellbeingResponse(Guid StaffId, string Name, IReadOnlyList<WellbeingCheckInResponse> CheckIns);
