namespace ClinicalPortal.Domain.Common;

public readonly record struct AlertEventId(Guid Value)
{
    public static AlertEventId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
