namespace ClinicalPortal.Domain.Common;

public readonly record struct CaringContactId(Guid Value)
{
    public static CaringContactId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
