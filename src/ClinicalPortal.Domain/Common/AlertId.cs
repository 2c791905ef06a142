namespace ClinicalPortal.Domain.Common;

public readonly record struct AlertId(Guid Value)
{
    public static AlertId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
