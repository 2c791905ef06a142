namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Signposting for a member of staff whose own check-in is high: a CBI scale at 75 or more (the PUMA study's "high" or
/// "severe"). The organisation sets its own words (<see cref="Organizations.Organization.WellbeingSupport"/>); until
/// then the default, which promises nothing the service does not do.
/// </summary>
public static class WellbeingSupport
{
    public const int MaxLength = 1000;

    public const string TooLong = "wellbeing_support.too_long";

    /// <summary>The lower bound of the PUMA study's "high" category.</summary>
    public const decimal HighFrom = 75m;

    public const string Default =
        "Your check-in shows a high level of burnout on at least one scale. You do not have to carry this alone: " +
        "please talk to someone you trust, your GP, or your organisation's staff support or occupational health service. " +
        "Your individual answers are yours: they are shared with your supervisor only if you chose to share them.";

    /// <summary>Whether a check-in's scales call for the support text: any scale at <see cref="HighFrom"/> or above.</summary>
    public static bool IsHigh(IReadOnlyDictionary<string, decimal?> scales) => scales.Values.Any(v => v >= HighFrom);
}
