namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>A severity band drawn as a shaded horizontal zone, from <see cref="From"/> to <see cref="To"/> on the score axis.</summary>
public sealed record ChartBand(string Label, decimal From, decimal To, int Shade);
