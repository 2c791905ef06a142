namespace ClinicalPortal.Domain.Common;

public readonly record struct ReportDisclosureId(Guid Value)
{
    public static ReportDisclosureId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
