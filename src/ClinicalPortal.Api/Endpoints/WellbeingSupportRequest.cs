namespace ClinicalPortal.Api.Endpoints;

/// <summary>The organisation's support text for staff whose own check-in is high; null or blank restores the default.</summary>
public sealed record WellbeingSupportRequest(string? Text);
