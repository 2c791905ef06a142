namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// One month: how many members contributed (their latest check-in of the month counts), and the mean and band counts
/// of each scale, or <see cref="Suppressed"/> saying why they are hidden.
/// </summary>
public sealed record MonthWellbeingResponse(string Month, int Contributors, string? Suppressed, IReadOnlyList<ScaleAggregateResponse>? Scales);
