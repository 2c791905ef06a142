namespace ClinicalPortal.Domain.Common;

/// <summary>Strongly typed identifiers; new values are UUIDv7 so inserts stay index-friendly.</summary>
public readonly record struct OrganizationId(Guid Value)
{
    public static OrganizationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
