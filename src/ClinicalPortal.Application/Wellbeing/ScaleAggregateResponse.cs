namespace ClinicalPortal.Application.Wellbeing;

/// <summary>One CBI scale over the month's contributors who scored it: how many, and the mean (2 decimals) and band counts, or why hidden.</summary>
public sealed record ScaleAggregateResponse(string Scale, string Name, int Scored, string? Suppressed, decimal? Mean, IReadOnlyDictionary<string, int>? Bands);
