namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /staff</c>.</summary>
public sealed record CreateStaffRequest(string? Email, string? DisplayName, string? Role, Guid? SupervisorId);
