using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One day's homework for one plan item: done (with the step responses, distress before and after, a reflection) or
/// skipped (with a reason), once. Completing after the day has closed is allowed and marked late. Free text arrives
/// protected (encrypted) by the application. A distress rating of 9 or 10, or distress that rose by 3 or more from before
/// the practice to after it, flags the task for the clinician's review (<see cref="ReviewReasons"/>).
/// </summary>
public sealed class HomeworkTask
{
    public const string AlreadyRecorded = "homework.already_recorded";
    public const string Cancelled = "homework.cancelled";
    public const string NotYetOpen = "homework.not_yet_open";
    public const string DistressOutOfRange = "homework.distress_out_of_range";

    /// <summary>Ratings on the 0-10 distress scale (subjective units of distress, SUDS) at or above this flag a review.</summary>
    public const int ReviewThreshold = 9;

    /// <summary>
    /// A rise in distress of this many points or more from before a practice to after it flags a review. Practices that turn
    /// kindness towards pain can stir old pain up ("backdraft", Germer CK, Neff KD. Self-compassion in clinical practice. J
    /// Clin Psychol 2013;69(8):856-867); a rise of 3 on the 0-10 scale is this product's choice, not a published cut-off.
    /// </summary>
    public const int DistressRiseThreshold = 3;

    private HomeworkTask()
    {
    }

    public HomeworkTaskId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    public PracticePlanId PlanId { get; private set; }

    public PracticePlanItemId PlanItemId { get; private set; }

    /// <summary>The item's position in its plan (for a stable order within a day).</summary>
    public int Position { get; private set; }

    public ModuleId ModuleId { get; private set; }

    public ModuleVersionId ModuleVersionId { get; private set; }

    /// <summary>The day, in the client's calendar.</summary>
    public DateOnly Date { get; private set; }

    public HomeworkState State { get; private set; }

    /// <summary>When done, skipped or cancelled.</summary>
    public DateTimeOffset? RecordedAt { get; private set; }

    public UserId? RecordedBy { get; private set; }

    /// <summary>Done or skipped after the task's day had closed.</summary>
    public bool Late { get; private set; }

    public int? DistressBefore { get; private set; }

    public int? DistressAfter { get; private set; }

    /// <summary>The step responses (JSON), protected.</summary>
    public string? ResponsesProtected { get; private set; }

    public string? ReflectionProtected { get; private set; }

    public string? SkipReasonProtected { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>SHA-256 of what was recorded (before protection), to tell a retry from a different request.</summary>
    public string? RequestHash { get; private set; }

    /// <summary>Set when <see cref="ReviewReasons"/> found a reason: the clinician should look.</summary>
    public DateTimeOffset? ReviewFlaggedAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public UserId? ReviewedBy { get; private set; }

    public bool NeedsReview => ReviewFlaggedAt is not null && ReviewedAt is null;

    /// <summary>
    /// Why ratings of <paramref name="before"/> and <paramref name="after"/> ask for a review, in this order: a rating of
    /// <see cref="ReviewThreshold"/> or more (either one), and a rise of <see cref="DistressRiseThreshold"/> or more
    /// (both given). Empty when neither.
    /// </summary>
    public static IReadOnlyList<HomeworkReviewReason> ReviewReasons(int? before, int? after)
    {
        var reasons = new List<HomeworkReviewReason>(2);
        if (before >= ReviewThreshold || after >= ReviewThreshold)
        {
            reasons.Add(HomeworkReviewReason.HighDistress);
        }

        if (after - before >= DistressRiseThreshold)
        {
            reasons.Add(HomeworkReviewReason.DistressRise);
        }

        return reasons;
    }

    /// <summary>What a reader sees at <paramref name="now"/>.</summary>
    public HomeworkStatus StatusAt(TimeZoneInfo zone, DateTimeOffset now) =>
        HomeworkStatuses.Of(Date, zone, now, State == HomeworkState.Done, State == HomeworkState.Skipped);

    /// <summary>Whether the client can record it now: neither done, skipped nor cancelled, and its day has begun (a missed one is done late).</summary>
    public bool OpenAt(TimeZoneInfo zone, DateTimeOffset now) => State == HomeworkState.Pending && now >= new HomeworkDay(Date, zone).OpensAt;

    internal static HomeworkTask For(PracticePlan plan, PracticePlanItem item, DateOnly day) => new()
    {
        Id = HomeworkTaskId.New(),
        OrganizationId = plan.OrganizationId,
        ClientId = plan.ClientId,
        PlanId = plan.Id,
        PlanItemId = item.Id,
        Position = item.Position,
        ModuleId = item.ModuleId,
        ModuleVersionId = item.ModuleVersionId,
        Date = day,
        State = HomeworkState.Pending,
    };

    /// <summary>
    /// Records the task done. Refused when already done or skipped (a retry with the same key is the application's
    /// replay, not this), when cancelled, or before its day has opened.
    /// </summary>
    public Result<Unit> Complete(
        TimeZoneInfo zone, int? distressBefore, int? distressAfter, string? responsesProtected, string? reflectionProtected,
        string? idempotencyKey, string requestHash, UserId by, DateTimeOffset now)
    {
        if (CheckOpen(zone, now) is { } refused)
        {
            return refused;
        }

        if (distressBefore is < 0 or > 10 || distressAfter is < 0 or > 10)
        {
            return Error.Rule(DistressOutOfRange, "Distress ratings are 0 to 10.");
        }

        State = HomeworkState.Done;
        Record(zone, idempotencyKey, requestHash, by, now);
        DistressBefore = distressBefore;
        DistressAfter = distressAfter;
        ResponsesProtected = responsesProtected;
        ReflectionProtected = reflectionProtected;
        if (ReviewReasons(distressBefore, distressAfter).Count > 0)
        {
            ReviewFlaggedAt = now.ToStoredPrecision();
        }

        return Unit.Value;
    }

    /// <summary>Records the task skipped, with a reason (protected).</summary>
    public Result<Unit> Skip(TimeZoneInfo zone, string reasonProtected, string? idempotencyKey, string requestHash, UserId by, DateTimeOffset now)
    {
        if (CheckOpen(zone, now) is { } refused)
        {
            return refused;
        }

        State = HomeworkState.Skipped;
        Record(zone, idempotencyKey, requestHash, by, now);
        SkipReasonProtected = reasonProtected;
        return Unit.Value;
    }

    /// <summary>A plan change took this task away before it was done or skipped; nothing happens to a recorded one.</summary>
    public bool CancelForPlanChange(DateTimeOffset now)
    {
        if (State != HomeworkState.Pending)
        {
            return false;
        }

        State = HomeworkState.Cancelled;
        RecordedAt = now;
        return true;
    }

    /// <summary>The clinician has looked at a flagged task. Idempotent: the first review is kept.</summary>
    public void MarkReviewed(UserId by, DateTimeOffset now)
    {
        if (ReviewFlaggedAt is null || ReviewedAt is not null)
        {
            return;
        }

        ReviewedAt = now;
        ReviewedBy = by;
    }

    private Error? CheckOpen(TimeZoneInfo zone, DateTimeOffset now)
    {
        if (State == HomeworkState.Cancelled)
        {
            return Error.Conflict(Cancelled, "This task was taken away by a change of plan.");
        }

        if (State != HomeworkState.Pending)
        {
            return Error.Conflict(AlreadyRecorded, $"This task is already {(State == HomeworkState.Done ? "done" : "skipped")}.");
        }

        return OpenAt(zone, now) ? null : Error.Rule(NotYetOpen, "This task's day has not begun yet.");
    }

    private void Record(TimeZoneInfo zone, string? idempotencyKey, string requestHash, UserId by, DateTimeOffset now)
    {
        RecordedAt = now.ToStoredPrecision(); // as read back, so a replayed answer equals the first
        RecordedBy = by;
        Late = HomeworkStatuses.IsLate(Date, zone, now);
        IdempotencyKey = idempotencyKey;
        RequestHash = requestHash;
    }
}
