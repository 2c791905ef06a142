using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Floor;

/// <summary>What a valid access token says about its bearer: the claims the API's <c>HttpCurrentUser</c> reads.</summary>
internal sealed record Caller(Guid UserId, Guid OrganizationId, Role Role, string? ClientApp);
