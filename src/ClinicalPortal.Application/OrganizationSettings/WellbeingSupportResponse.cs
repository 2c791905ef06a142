namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>The support text staff with a high check-in are shown, and whether it is the default.</summary>
public sealed record WellbeingSupportResponse(string Text, bool IsDefault);
