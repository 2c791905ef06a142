using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// A homework task that asks for the clinician's look: ids, dates and the ratings, no free text, with its reasons
/// (<see cref="HomeworkTask.ReviewReasons"/>): a rating of 9 or 10, and a rise in distress of 3 or more from before the
/// practice to after it, with the rise.
/// </summary>
public sealed record ReviewFlagResponse(
    Guid TaskId, Guid ClientId, DateOnly Date, Guid ModuleId, int? DistressBefore, int? DistressAfter, DateTimeOffset FlaggedAt,
    DateTimeOffset? ReviewedAt, Guid? ReviewedBy, IReadOnlyList<ReviewReasonResponse> Reasons)
{
    public static ReviewFlagResponse Of(
        Guid taskId, Guid clientId, DateOnly date, Guid moduleId, int? before, int? after, DateTimeOffset flaggedAt, DateTimeOffset? reviewedAt,
        Guid? reviewedBy) =>
        new(taskId, clientId, date, moduleId, before, after, flaggedAt, reviewedAt, reviewedBy,
            HomeworkTask.ReviewReasons(before, after).Select(r => ReviewReasonResponse.Of(r, before, after)).ToList());
}
