using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

public sealed record NewAccount(string Email, string DisplayName, Role Role, OrganizationId OrganizationId);
