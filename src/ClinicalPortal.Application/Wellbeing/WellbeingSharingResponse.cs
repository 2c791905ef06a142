namespace ClinicalPortal.Application.Wellbeing;

/// <summary>Whether the caller's supervisor may see their individual check-ins (default no), and since when.</summary>
public sealed record WellbeingSharingResponse(bool ShareWithSupervisor, DateTimeOffset? ChangedAt);
