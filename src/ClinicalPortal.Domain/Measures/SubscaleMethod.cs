namespace ClinicalPortal.Domain.Measures;

/// <summary>How a subscale is formed from its answered items.</summary>
public enum SubscaleMethod
{
    Sum = 1,
    Mean = 2,
}
