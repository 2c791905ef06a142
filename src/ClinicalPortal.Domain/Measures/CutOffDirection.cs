namespace ClinicalPortal.Domain.Measures;

public enum CutOffDirection
{
    /// <summary>Case when score &gt;= cut-off (PHQ-9 10, GAD-7 8).</summary>
    AtOrAbove = 1,

    /// <summary>Case when score &lt;= cut-off (WHO-5 50).</summary>
    AtOrBelow = 2,
}
