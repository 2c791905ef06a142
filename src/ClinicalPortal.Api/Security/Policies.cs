namespace ClinicalPortal.Api.Security;

/// <summary>
/// Endpoint policies decide only who is signed in; which roles may make a request is the request's own
/// <c>AllowedRoles</c> (Application, one authorization behaviour), so the rule lives in one place.
/// </summary>
public static class Policies
{
    /// <summary>A person of an organisation (a token with subject, role and organisation), whatever the role.</summary>
    public const string PortalUser = nameof(PortalUser);
}
