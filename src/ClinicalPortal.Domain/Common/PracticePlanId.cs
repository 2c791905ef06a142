namespace ClinicalPortal.Domain.Common;

public readonly record struct PracticePlanId(Guid Value)
{
    public static PracticePlanId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
