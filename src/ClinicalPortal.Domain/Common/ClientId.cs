namespace ClinicalPortal.Domain.Common;

/// <summary>The identity of a client's clinical record.</summary>
public readonly record struct ClientId(Guid Value)
{
    public static ClientId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
