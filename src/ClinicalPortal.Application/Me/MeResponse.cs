using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Me;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, Role Role, Guid OrganizationId, string OrganizationName, Guid? ClientId);
