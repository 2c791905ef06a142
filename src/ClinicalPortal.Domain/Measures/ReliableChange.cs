namespace ClinicalPortal.Domain.Measures;

/// <summary>Direction of a reliable change, taking <see cref="InstrumentDefinition.HigherIsBetter"/> into account.</summary>
public enum ReliableChange
{
    None = 0,
    Improved = 1,
    Deteriorated = 2,
}
