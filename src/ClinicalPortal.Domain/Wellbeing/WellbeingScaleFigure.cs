namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// One CBI scale over a month's contributors who scored it: how many, and the mean and band counts, or why they are
/// hidden (the same small-group rules as the month, applied to this scale's own contributors). <see cref="BandsSuppressed"/>
/// says why the band counts alone are hidden (all in one band). <see cref="Members"/>, the staff who scored it, is kept to
/// compare later groups against and is never shown.
/// </summary>
public sealed record WellbeingScaleFigure(
    string Scale, int Scored, string? Suppressed, decimal? Mean, IReadOnlyDictionary<string, int>? Bands,
    string? BandsSuppressed = null, IReadOnlyList<Guid>? Members = null);
