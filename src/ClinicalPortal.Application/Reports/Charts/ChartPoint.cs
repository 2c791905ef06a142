namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>One score on the chart: the day it was given (the client's calendar) and its value, exactly as in the table.</summary>
public sealed record ChartPoint(DateOnly Date, decimal Value);
