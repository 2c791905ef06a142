using ClinicalPortal.Application.OrganizationSettings;

namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PUT /organization/crisis-lines</c>: the country (ISO 3166-1 alpha-2) and the organisation's own lines (at most 10).</summary>
public sealed record CrisisSettingsRequest(string? Country, List<LocalCrisisLineRequest>? LocalLines);
