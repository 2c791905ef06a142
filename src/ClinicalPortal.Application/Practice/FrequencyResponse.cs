namespace ClinicalPortal.Application.Practice;

/// <summary>The frequency with the weekdays it falls on (evenly spread days resolved from the item's start).</summary>
public sealed record FrequencyResponse(string Kind, int? TimesPerWeek, IReadOnlyList<string> DaysOfWeek);
