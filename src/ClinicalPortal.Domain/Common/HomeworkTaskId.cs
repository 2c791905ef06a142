namespace ClinicalPortal.Domain.Common;

public readonly record struct HomeworkTaskId(Guid Value)
{
    public static HomeworkTaskId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
