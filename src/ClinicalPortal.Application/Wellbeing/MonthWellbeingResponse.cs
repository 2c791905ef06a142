namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// One month: whether it is closed, how many members contributed (their latest check-in of the month counts; null while
/// the month is open), and each scale's figures, or <see cref="Suppressed"/> saying why they are hidden (<c>month_open</c>
/// until it ends).
/// </summary>
public sealed record MonthWellbeingResponse(string Month, bool Closed, int? Contributors, string? Suppressed, IReadOnlyList<ScaleAggregateResponse>? Scales);
