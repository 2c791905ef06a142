namespace ClinicalPortal.Domain.Measures;

/// <summary>How the total is formed from the (reverse-keyed where stated) item values.</summary>
public enum TotalMethod
{
    /// <summary>The instrument has no total (CBI, C-SSRS screener).</summary>
    None = 0,

    /// <summary>Sum of the item values.</summary>
    Sum = 1,

    /// <summary>Mean of the item values, exact decimal division.</summary>
    Mean = 2,

    /// <summary>Sum of the item values times <see cref="ScoringRule.Multiplier"/> (WHO-5: x4).</summary>
    SumTimesMultiplier = 3,

    /// <summary>
    /// Mean of the subscale means, each taken over the subscale's reverse-keyed item values whatever
    /// <see cref="SubscaleDefinition.UsesReverseKeyedValues"/> says (that flag governs only the reported subscale).
    /// Differs from <see cref="Mean"/> when the subscales have unequal numbers of items (SCS: 5/5/4/4/4/4).
    /// </summary>
    MeanOfSubscaleMeans = 4,
}
