using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Actors;

/// <summary>
/// The caller of a request that background work sends: a named system actor acting within one organisation, for
/// patient safety (HL7 PurposeOfUse <c>PATSFTY</c>). Its requests go through the same pipeline as a person's: the
/// audit behaviour records them (actor application = the actor's name, no user), the authorization behaviour admits
/// them only where the request names the actor, and <see cref="Access.ClientAccess"/> confines them to the organisation.
/// </summary>
public sealed class SystemCaller(string actor, OrganizationId organizationId, string requestId) : ICurrentUser, IRequestContext
{
    public UserId? UserId => null;

    public OrganizationId? OrganizationId => organizationId;

    public Role? Role => null;

    public string ClientApp => actor;

    public string SystemActor => actor;

    public string? IpAddress => null;

    public string RequestId => requestId;

    /// <summary>HL7 v3 PurposeOfUse "patient safety" (one of <see cref="Audit.PurposeOfUse.Codes"/>).</summary>
    public string Purpose => "PATSFTY";

    string? ICurrentUser.ClientApp => ClientApp;

    string? ICurrentUser.SystemActor => SystemActor;

    string? IRequestContext.RequestId => RequestId;

    string? IRequestContext.Purpose => Purpose;
}
