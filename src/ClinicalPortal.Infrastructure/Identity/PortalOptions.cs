namespace ClinicalPortal.Infrastructure.Identity;

public sealed class PortalOptions
{
    /// <summary>
    /// The address people use to reach the portal: links in e-mails start here, and it is the token issuer.
    /// Required outside Development (Development takes the address the app listens on).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public Uri RequiredPublicBaseUrl =>
        PublicBaseUrl ?? throw new InvalidOperationException("Portal:PublicBaseUrl is not set: the address people use to reach the portal.");
}
