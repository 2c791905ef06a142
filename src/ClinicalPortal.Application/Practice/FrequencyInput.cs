namespace ClinicalPortal.Application.Practice;

/// <summary>Daily, TimesPerWeek (timesPerWeek 1-7, daysOfWeek optional: Mon..Sun) or Once.</summary>
public sealed record FrequencyInput(string? Kind, int? TimesPerWeek, IReadOnlyList<string>? DaysOfWeek);
