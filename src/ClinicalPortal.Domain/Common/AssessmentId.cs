namespace ClinicalPortal.Domain.Common;

public readonly record struct AssessmentId(Guid Value)
{
    public static AssessmentId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
