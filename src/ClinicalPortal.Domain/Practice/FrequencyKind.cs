namespace ClinicalPortal.Domain.Practice;

/// <summary>How often a practice-plan item asks for its module.</summary>
public enum FrequencyKind
{
    /// <summary>Every day from the item's start to its end.</summary>
    Daily = 0,

    /// <summary>A number of days in each week (Monday to Sunday), on named weekdays or spread evenly.</summary>
    TimesPerWeek = 1,

    /// <summary>One task, on the item's start day.</summary>
    Once = 2,
}
