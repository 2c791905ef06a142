namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of the sharing choice: whether one's supervisor may see one's individual check-ins.</summary>
public sealed record WellbeingSharingRequest(bool? ShareWithSupervisor);
