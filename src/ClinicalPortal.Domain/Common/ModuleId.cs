namespace ClinicalPortal.Domain.Common;

public readonly record struct ModuleId(Guid Value)
{
    public static ModuleId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
