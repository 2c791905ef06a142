using System.Security.Claims;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Security;

/// <summary>Reads the caller from the validated access token.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser, IRequestContext
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    private bool IsUser => Principal?.Identity?.IsAuthenticated == true && Principal.FindFirst(PortalClaims.OrganizationId) is not null;

    public UserId? UserId =>
        IsUser && Guid.TryParse(Principal!.FindFirst(Claims.Subject)?.Value, out var id) ? new UserId(id) : null;

    public OrganizationId? OrganizationId =>
        IsUser && Guid.TryParse(Principal!.FindFirst(PortalClaims.OrganizationId)?.Value, out var id) ? new OrganizationId(id) : null;

    public Role? Role =>
        IsUser && Enum.TryParse<Role>(Principal!.FindFirst(Claims.Role)?.Value, out var role) && Enum.IsDefined(role) ? role : null;

    public string? ClientApp =>
        Principal?.FindFirst(Claims.ClientId)?.Value
        ?? Principal?.FindFirst(Claims.AuthorizedParty)?.Value
        ?? Principal?.FindFirst(Claims.Private.Presenter)?.Value;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;

    /// <summary>The HL7 PurposeOfUse code of the request (an invalid header never gets this far: <see cref="PurposeOfUseCheck"/>).</summary>
    public string? Purpose => PurposeOfUse.Normalize(accessor.HttpContext?.Request.Headers[PurposeOfUse.HeaderName].ToString());
}
