namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>Claim types of our own, carried by access tokens and by the sign-in cookie alike.</summary>
public static class PortalClaims
{
    public const string OrganizationId = "org_id";
}
