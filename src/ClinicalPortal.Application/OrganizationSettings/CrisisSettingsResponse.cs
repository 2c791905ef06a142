using ClinicalPortal.Application.Crisis;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>The organisation's country, the national lines it brings (fixed) and the lines the organisation added.</summary>
public sealed record CrisisSettingsResponse(
    string Country, IReadOnlyList<string> SupportedCountries, IReadOnlyList<CrisisLineResponse> NationalLines, IReadOnlyList<CrisisLineResponse> LocalLines);
