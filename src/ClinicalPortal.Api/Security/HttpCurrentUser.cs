using System.Security.Claims;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
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
        IsUser && Enum.TryParse<Role>(Principal!.FindFirst(Claims.Role)?.Value, out var role) ? role : null;

    public string? ClientApp =>
        Principal?.FindFirst(Claims.ClientId)?.Value
        ?? Principal?.FindFirst(Claims.AuthorizedParty)?.Value
        ?? Principal?.FindFirst(Claims.Private.Presenter)?.Value;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;

    public string? Purpose
    {
        get
        {
            var value = accessor.HttpContext?.Request.Headers["X-Purpose-Of-Use"].ToString();
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
        }
    }
}

public static class PortalClaims
{
    public const string OrganizationId = "org_id";
}

public static class Policies
{
    public const string AnyUser = nameof(AnyUser);
    public const string Staff = nameof(Staff);
    public const string ClientRegistrar = nameof(ClientRegistrar);
    public const string OrgAdmin = nameof(OrgAdmin);
    public const string StaffAdminOrSupervisor = nameof(StaffAdminOrSupervisor);
}
