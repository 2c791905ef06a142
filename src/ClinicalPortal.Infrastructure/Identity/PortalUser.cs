using ClinicalPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>A login: credentials, lockout, and the claims every token carries (organisation, role).</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }

    public Role Role { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set when the person's access ends (staff deactivated, client discharged): sign-in is refused and every token
    /// of the login stops working within <see cref="AuthOptions.AccessCheckInterval"/> on every instance.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
