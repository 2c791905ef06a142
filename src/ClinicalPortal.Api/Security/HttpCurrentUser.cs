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

    private ClaimsPrincipal? _readFrom;
    private (UserId? User, OrganizationId? Organization, Role? Role) _caller;

    /// <summary>The caller as read from the principal, once per principal (every behaviour and handler asks).</summary>
    private (UserId? User, OrganizationId? Organization, Role? Role) Caller
    {
        get
        {
            var principal = Principal;
            if (!ReferenceEquals(principal, _readFrom))
            {
                _caller = Read(principal);
                _readFrom = principal;
            }

            return _caller;
        }
    }

    public UserId? UserId => Caller.User;

    public OrganizationId? OrganizationId => Caller.Organization;

    public Role? Role => Caller.Role;

    /// <summary>A person of an organisation: subject, organisation and a known role, or nothing at all.</summary>
    private static (UserId?, OrganizationId?, Role?) Read(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirst(PortalClaims.OrganizationId) is not { } org)
        {
            return (null, null, null);
        }

        return (
            Guid.TryParse(principal.FindFirst(Claims.Subject)?.Value, out var user) ? new UserId(user) : null,
            Guid.TryParse(org.Value, out var organization) ? new OrganizationId(organization) : null,
            Enum.TryParse<Role>(principal.FindFirst(Claims.Role)?.Value, out var role) && Enum.IsDefined(role) ? role : null);
    }

    /// <summary>Never a system actor: those act through <c>CallerScope</c>, not through a token.</summary>
    public string? SystemActor => null;

    public string? ClientApp =>
        Principal?.FindFirst(Claims.ClientId)?.Value
        ?? Principal?.FindFirst(Claims.AuthorizedParty)?.Value
        ?? Principal?.FindFirst(Claims.Private.Presenter)?.Value;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;

    /// <summary>The HL7 PurposeOfUse code of the request (an invalid header never gets this far: <see cref="PurposeOfUseCheck"/>).</summary>
    public string? Purpose => PurposeOfUse.Normalize(accessor.HttpContext?.Request.Headers[PurposeOfUse.HeaderName].ToString());
}
