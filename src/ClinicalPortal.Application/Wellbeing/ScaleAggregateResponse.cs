namespace ClinicalPortal.Application.Wellbeing;

/// <summary>One CBI scale over a month's contributors: mean (2 decimals) and how many in each band.</summary>
public sealed record ScaleAggregateResponse(string Scale, string Name, decimal Mean, IReadOnlyDictionary<string, int> Bands);
