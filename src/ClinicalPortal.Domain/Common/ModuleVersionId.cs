namespace ClinicalPortal.Domain.Common;

public readonly record struct ModuleVersionId(Guid Value)
{
    public static ModuleVersionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
