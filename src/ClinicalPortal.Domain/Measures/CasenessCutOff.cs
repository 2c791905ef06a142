namespace ClinicalPortal.Domain.Measures;

/// <summary>A caseness (clinical range) cut-off and the side of it that counts as a case.</summary>
public sealed record CasenessCutOff(decimal Value, CutOffDirection Direction, string Source)
{
    public bool IsCase(decimal score) =>
        Direction == CutOffDirection.AtOrAbove ? score >= Value : score <= Value;
}
