using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Floor;

/// <summary>One scored submission, ready to store: everything the three rows need that the database does not supply.</summary>
internal sealed record Submission(
    Caller Caller,
    Guid ClientId,
    Guid AssessmentId,
    InstrumentDefinition Instrument,
    int?[] Answers,
    ScoreResult Score,
    DateTimeOffset SubmittedAt,
    string RequestHash,
    string? IpAddress,
    string RequestId);
