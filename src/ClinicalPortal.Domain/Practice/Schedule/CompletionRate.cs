namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Done tasks out of the counted ones: done, skipped and missed. Tasks still due (today or later) are not counted.
/// </summary>
public sealed record CompletionRate(int Done, int Skipped, int Missed)
{
    public static readonly CompletionRate None = new(0, 0, 0);

    /// <summary>Done + Skipped + Missed.</summary>
    public int Counted => Done + Skipped + Missed;

    /// <summary>Done / Counted rounded to 4 places (half away from zero), or null when nothing is counted.</summary>
    public decimal? Rate => Counted == 0 ? null : Math.Round((decimal)Done / Counted, 4, MidpointRounding.AwayFromZero);
}
