namespace ClinicalPortal.Infrastructure.Identity;

public sealed class AuthOptions
{
    /// <summary>The resource-owner password grant, for the first-party <c>portal-cli</c> only. False in Production.</summary>
    public bool AllowPasswordGrant { get; set; }
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Absolute: refresh tokens rotate on use but the chain ends here (no sliding expiration).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
    /// <summary>How long a used refresh token may be presented again (network retries). Zero: strict rotation, a replay revokes the family.</summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;
    /// <summary>How often expired, revoked and redeemed tokens and authorizations are deleted.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How old such entries must be first; keep it above the refresh-token lifetime so replay detection still works.</summary>
    public TimeSpan PruneRetention { get; set; } = TimeSpan.FromDays(15);
    public int MaxFailedLogins { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>
    /// How long one instance trusts its last check that an access token's grant and account are still alive
    /// (revocation, lockout, deactivation and discharge take effect within this time everywhere). At most 30 s.
    /// </summary>
    public TimeSpan AccessCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest <see cref="AccessCheckInterval"/> start-up accepts.</summary>
    public static readonly TimeSpan MaxAccessCheckInterval = TimeSpan.FromSeconds(30);
    /// <summary>Redirect URIs registered for the browser/mobile client <c>portal-web</c>.</summary>
    public string[] WebRedirectUris { get; set; } = ["http://127.0.0.1:5080/signin-callback", "clinicalportal://callback"];
    public string[] WebPostLogoutRedirectUris { get; set; } = ["http://127.0.0.1:5080/"];
    /// <summary>Secret of the confidential integration client; the client is not registered without one.</summary>
    public string? IntegrationClientSecret { get; set; }
    /// <summary>PFX files for Production signing/encryption keys, shared by every instance.</summary>
    public string? SigningCertificatePath { get; set; }
    public string? SigningCertificatePassword { get; set; }
    public string? EncryptionCertificatePath { get; set; }
    public string? EncryptionCertificatePassword { get; set; }
}
