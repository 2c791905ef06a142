namespace ClinicalPortal.Application.Measures;

/// <summary>
/// An instrument the client should answer now. <see cref="Reason"/> is <c>Scheduled</c> (a schedule's window is open:
/// <see cref="ScheduleId"/>, <see cref="WindowIndex"/> and <see cref="ExpiresAt"/>, when it closes unanswered) or
/// <c>FollowUpScreen</c> (the C-SSRS screener after a PHQ-9 item 9 above 0: no schedule, due since that PHQ-9, never
/// expires); <see cref="ReasonText"/> says why in the client's words.
/// </summary>
public sealed record DueAssessmentResponse(
    Guid? ScheduleId, string Instrument, string InstrumentName, string TimeFrame, int ItemCount, int? WindowIndex,
    DateTimeOffset DueAt, DateTimeOffset? ExpiresAt, string Reason, string ReasonText)
{
    public const string Scheduled = "Scheduled";
    public const string FollowUpScreen = "FollowUpScreen";

    public const string ScheduledText = "Your clinician has asked you to answer this questionnaire regularly.";
    public const string FollowUpScreenText =
        "Your answers to an earlier questionnaire mean we'd like to ask a few more questions. Please answer these first.";
}
