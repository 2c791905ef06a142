namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Treatment response and remission on a scale where lower is better: response is a drop of at least
/// <see cref="ResponseDrop"/> of the baseline score, remission a score under <see cref="RemissionBelow"/>, both judged
/// only when the baseline was at least <see cref="BaselineAtLeast"/> (a client who started below it cannot "respond").
/// </summary>
/// <param name="RemissionBelow">A score under this is remission (PHQ-9 and GAD-7: under 5).</param>
/// <param name="ResponseDrop">The fraction of the baseline the score must fall by (0.5: a 50 % drop).</param>
/// <param name="BaselineAtLeast">The lowest baseline the two are judged from.</param>
/// <param name="Source">Where the definitions come from.</param>
public sealed record ResponseAndRemission(decimal RemissionBelow, decimal ResponseDrop, decimal BaselineAtLeast, string Source)
{
    /// <summary>Whether a baseline is high enough for response and remission to be judged from it.</summary>
    public bool AppliesFrom(decimal baseline) => baseline >= BaselineAtLeast;

    /// <summary>A drop of at least the response fraction of the baseline (exact in decimal: baseline - now &gt;= fraction x baseline).</summary>
    public bool IsResponse(decimal baseline, decimal now) => AppliesFrom(baseline) && baseline - now >= ResponseDrop * baseline;

    public bool IsRemission(decimal baseline, decimal now) => AppliesFrom(baseline) && now < RemissionBelow;

    /// <summary>The drop from baseline as a fraction of it (0.53 for 17 to 8); 0 for a zero baseline.</summary>
    public static decimal Drop(decimal baseline, decimal now) => baseline == 0 ? 0 : (baseline - now) / baseline;
}
