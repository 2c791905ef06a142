namespace ClinicalPortal.Domain.Common;

public readonly record struct MeasureScheduleId(Guid Value)
{
    public static MeasureScheduleId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
