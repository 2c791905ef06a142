namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The mean of distress before minus distress after (positive: the practice relieved distress) over the
/// <see cref="N"/> done tasks that carry both ratings; rounded to 2 places (half away from zero), null when N is 0.
/// </summary>
public sealed record DistressChange(decimal? Mean, int N)
{
    public static readonly DistressChange None = new(null, 0);
}
