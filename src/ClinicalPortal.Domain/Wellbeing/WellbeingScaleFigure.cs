namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// One CBI scale over a month's contributors who scored it: how many, and the mean and band counts, or why they are
/// hidden (the same small-group rule as the month, applied to this scale's own contributors).
/// </summary>
public sealed record WellbeingScaleFigure(string Scale, int Scored, string? Suppressed, decimal? Mean, IReadOnlyDictionary<string, int>? Bands);
