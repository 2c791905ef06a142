namespace ClinicalPortal.Domain.Common;

public readonly record struct PracticePlanItemId(Guid Value)
{
    public static PracticePlanItemId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
