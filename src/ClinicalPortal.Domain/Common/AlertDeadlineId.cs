namespace ClinicalPortal.Domain.Common;

public readonly record struct AlertDeadlineId(Guid Value)
{
    public static AlertDeadlineId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
