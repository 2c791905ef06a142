using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// One reason a homework task is flagged: <c>distress_high</c> (a rating of 9 or 10) or <c>distress_rise</c> (3 or more
/// points higher after the practice than before, <see cref="Rise"/> points), with a short text of the figures.
/// </summary>
public sealed record ReviewReasonResponse(string Code, string Text, int? Rise)
{
    public const string DistressHigh = "distress_high";
    public const string DistressRise = "distress_rise";

    public static ReviewReasonResponse Of(HomeworkReviewReason reason, int? before, int? after) => reason switch
    {
        HomeworkReviewReason.HighDistress =>
            new(DistressHigh, $"Distress rated {Math.Max(before ?? 0, after ?? 0)} of 10 ({Ratings(before, after)})", null),
        HomeworkReviewReason.DistressRise =>
            new(DistressRise, $"Distress rose by {after - before} during the practice ({Ratings(before, after)})", after - before),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "unknown reason"),
    };

    private static string Ratings(int? before, int? after) => $"before {Show(before)}, after {Show(after)}";

    private static string Show(int? rating) => rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not rated";
}
