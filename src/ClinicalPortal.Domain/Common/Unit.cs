namespace ClinicalPortal.Domain.Common;

public readonly record struct Unit
{
    public static readonly Unit Value;
}
