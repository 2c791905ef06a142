namespace ClinicalPortal.Domain.Common;

public readonly record struct WellbeingCheckInId(Guid Value)
{
    public static WellbeingCheckInId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
