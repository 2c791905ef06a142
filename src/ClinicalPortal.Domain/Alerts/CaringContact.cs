using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// What follows a crisis once its alert is closed. The weeks after a suicidal crisis carry the highest risk, and brief,
/// caring messages that ask nothing of the person reduce later suicidal behaviour (Motto JA, Bostrom AG. A randomized
/// controlled trial of postcrisis suicide prevention. Psychiatric Services 2001;52(6):828-833; the "caring contacts" of
/// the Zero Suicide framework and of the Joint Commission's NPSG 15.01.01 follow-up element). Closing a High or Imminent
/// alert (other than as a false positive) plans: a message from the care team with one question, "how are you
/// today?", at 24 and 72 hours, and a review of the safety plan with the client within a week (Stanley and Brown ask
/// that the plan be revisited after a crisis). A check-in answered "not OK" raises a new alert. Each is a row with its
/// due time, so a restart or a second instance never loses or doubles one; the message itself goes through the outbox.
/// </summary>
public sealed class CaringContact
{
    public const string NotACheckIn = "caring_contact.not_a_check_in";
    public const string NotDue = "caring_contact.not_due";
    public const string AlreadyAnswered = "caring_contact.answered";

    /// <summary>When the check-ins are due after the alert is closed.</summary>
    public static readonly IReadOnlyList<TimeSpan> CheckInsAfter = [TimeSpan.FromHours(24), TimeSpan.FromHours(72)];

    /// <summary>When the safety-plan review is due after the alert is closed.</summary>
    public static readonly TimeSpan SafetyPlanReviewAfter = TimeSpan.FromDays(7);

    private CaringContact()
    {
    }

    public CaringContactId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public AlertId AlertId { get; private set; }

    public ClientId ClientId { get; private set; }

    public CaringContactKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When the client was sent word of it (by e-mail, through the outbox); the check-in shows in the app from <see cref="DueAt"/> either way.</summary>
    public DateTimeOffset? MessagedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public CheckInAnswer? Answer { get; private set; }

    /// <summary>The alert a "not OK" answer raised (or added to).</summary>
    public AlertId? RaisedAlertId { get; private set; }

    /// <summary>When the review was done, and the version of the safety plan it produced.</summary>
    public DateTimeOffset? DoneAt { get; private set; }

    public int? SafetyPlanVersion { get; private set; }

    /// <summary>What closing <paramref name="alert"/> plans: nothing unless it closed as High or Imminent and not as a false positive.</summary>
    public static IReadOnlyList<CaringContact> PlanAfter(Alert alert)
    {
        if (alert.Status != AlertStatus.Resolved || alert.ResolvedAt is not { } closed || alert.Tier < RiskTier.High
            || alert.Disposition == Alerts.Disposition.FalsePositive)
        {
            return [];
        }

        return
        [
            .. CheckInsAfter.Select(after => New(alert, CaringContactKind.CheckIn, closed + after)),
            New(alert, CaringContactKind.SafetyPlanReview, closed + SafetyPlanReviewAfter),
        ];
    }

    public CaringContactState StateAt(DateTimeOffset now) => (Kind, Answer) switch
    {
        (CaringContactKind.CheckIn, CheckInAnswer.Ok) => CaringContactState.AnsweredOk,
        (CaringContactKind.CheckIn, CheckInAnswer.NotOk) => CaringContactState.AnsweredNotOk,
        (CaringContactKind.SafetyPlanReview, _) when DoneAt is not null => CaringContactState.Done,
        _ => now >= DueAt ? CaringContactState.Due : CaringContactState.Planned,
    };

    /// <summary>The client's answer to a check-in that is due: once (a second answer is refused; "I need help now" is always there).</summary>
    public Result<Unit> AnswerCheckIn(CheckInAnswer answer, DateTimeOffset now)
    {
        if (Kind != CaringContactKind.CheckIn)
        {
            return Error.Rule(NotACheckIn, "Only a check-in takes an answer.");
        }

        if (now < DueAt)
        {
            return Error.Rule(NotDue, "This check-in is not due yet.");
        }

        if (Answer is not null)
        {
            return Error.Conflict(AlreadyAnswered, "This check-in was already answered. If you need help now, use the crisis lines or \"I need help now\".");
        }

        Answer = answer;
        AnsweredAt = now.ToStoredPrecision();
        return Unit.Value;
    }

    /// <summary>The alert the "not OK" answer went to.</summary>
    public void Raised(AlertId alert) => RaisedAlertId = alert;

    /// <summary>The client was sent word (the first time counts).</summary>
    public void Messaged(DateTimeOffset now) => MessagedAt ??= now.ToStoredPrecision();

    /// <summary>A review still open is done by a new version of the safety plan; false when there was nothing to do.</summary>
    public bool CompleteReview(int safetyPlanVersion, DateTimeOffset now)
    {
        if (Kind != CaringContactKind.SafetyPlanReview || DoneAt is not null)
        {
            return false;
        }

        DoneAt = now.ToStoredPrecision();
        SafetyPlanVersion = safetyPlanVersion;
        return true;
    }

    private static CaringContact New(Alert alert, CaringContactKind kind, DateTimeOffset dueAt) => new()
    {
        Id = CaringContactId.New(),
        OrganizationId = alert.OrganizationId,
        AlertId = alert.Id,
        ClientId = alert.ClientId,
        Kind = kind,
        DueAt = dueAt.ToStoredPrecision(),
    };
}
