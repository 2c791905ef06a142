namespace ClinicalPortal.Domain.Common;

public readonly record struct HomeworkCompletionId(Guid Value)
{
    public static HomeworkCompletionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
