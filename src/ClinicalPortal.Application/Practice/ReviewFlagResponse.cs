namespace ClinicalPortal.Application.Practice;

/// <summary>A homework task whose distress rating (9 or 10) asks for the clinician's look: ids, dates and the ratings, no free text.</summary>
public sealed record ReviewFlagResponse(
    Guid TaskId, Guid ClientId, DateOnly Date, Guid ModuleId, int? DistressBefore, int? DistressAfter, DateTimeOffset FlaggedAt,
    DateTimeOffset? ReviewedAt, Guid? ReviewedBy);
