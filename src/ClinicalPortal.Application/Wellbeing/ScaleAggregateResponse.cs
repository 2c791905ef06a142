namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// One CBI scale over the month's contributors who scored it: how many, and the mean (2 decimals) and band counts (the
/// PUMA study's categories), or why hidden; <see cref="BandsSuppressed"/> when only the band counts are hidden
/// (<c>all_in_one_band</c>: they would tell everyone's band).
/// </summary>
public sealed record ScaleAggregateResponse(
    string Scale, string Name, int Scored, string? Suppressed, decimal? Mean, IReadOnlyDictionary<string, int>? Bands, string? BandsSuppressed);
