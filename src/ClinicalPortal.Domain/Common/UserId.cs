namespace ClinicalPortal.Domain.Common;

/// <summary>The identity of a person who can sign in (staff or client login).</summary>
public readonly record struct UserId(Guid Value)
{
    public static UserId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
