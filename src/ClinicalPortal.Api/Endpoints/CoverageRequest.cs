using ClinicalPortal.Application.OrganizationSettings;

namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>PUT /organization/coverage</c>, e.g. <c>{ "timeZone": "America/New_York", "hours": [{ "day": "Monday",
/// "opens": "09:00", "closes": "17:00" }], "onCall": [{ "userId": "...", "day": "Monday", "starts": "17:00", "ends": "09:00" }] }</c>.
/// </summary>
public sealed record CoverageRequest(string? TimeZone, List<ServiceHoursInput>? Hours, List<OnCallShiftInput>? OnCall);
