using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Organizations;

/// <summary>A tenant: a clinic or practice. Every other record belongs to exactly one.</summary>
public sealed class Organization
{
    private Organization()
    {
        Name = string.Empty;
    }

    public OrganizationId Id { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Organization Create(string name, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Organization { Id = OrganizationId.New(), Name = name.Trim(), CreatedAt = now.ToStoredPrecision() };
    }
}
