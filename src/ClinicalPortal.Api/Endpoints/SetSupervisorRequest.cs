namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PUT /staff/{id}/supervisor</c>; a null <c>supervisorId</c> removes the supervisor.</summary>
public sealed record SetSupervisorRequest(Guid? SupervisorId);
