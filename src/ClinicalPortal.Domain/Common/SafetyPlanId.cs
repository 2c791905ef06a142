namespace ClinicalPortal.Domain.Common;

public readonly record struct SafetyPlanId(Guid Value)
{
    public static SafetyPlanId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
