namespace ClinicalPortal.Application.Measures;

/// <summary>An instrument the client should answer now, and when the window closes unanswered.</summary>
public sealed record DueAssessmentResponse(
    Guid ScheduleId, string Instrument, string InstrumentName, string TimeFrame, int ItemCount, int WindowIndex,
    DateTimeOffset DueAt, DateTimeOffset ExpiresAt);
