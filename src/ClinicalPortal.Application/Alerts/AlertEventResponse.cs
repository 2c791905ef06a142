namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// One entry of an alert's timeline, oldest first: what happened, when, and who did it (a person, or the system actor
/// such as <c>system:escalation</c>). <see cref="Text"/> is a note, the client's message or a clinician's reason.
/// </summary>
public sealed record AlertEventResponse(
    string Kind,
    DateTimeOffset At,
    AlertActorResponse Actor,
    string? Tier,
    int? Round,
    string? Target,
    string? Source,
    Guid? AssessmentId,
    IReadOnlyList<string>? Codes,
    string? Text,
    string? Disposition,
    IReadOnlyList<Guid>? Recipients,
    DateTimeOffset? DueAt,
    string? Channel = null,
    string? Missed = null);
