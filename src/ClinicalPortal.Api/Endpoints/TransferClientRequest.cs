namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PUT /clients/{id}/clinician</c>.</summary>
public sealed record TransferClientRequest(Guid? ClinicianId);
