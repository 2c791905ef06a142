namespace ClinicalPortal.Domain.Supervision;

/// <summary>One stored result of one instrument, as far as the flag rules need it: when, the total and the subscales.</summary>
public sealed record ScorePoint(DateTimeOffset At, decimal? Total, IReadOnlyDictionary<string, decimal?> Subscales);
