using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>
/// What one instrument's chart shows: its score range, its severity bands as zones, its caseness cut-off, and the scores
/// over time. The one model both outputs draw (<see cref="ChartPainter"/> into the PDF and into SVG for the pages), so a
/// chart never disagrees with its table: the points are the stored totals, unrounded.
/// </summary>
public sealed record ScoreChart(
    string Title, decimal Min, decimal Max, IReadOnlyList<ChartBand> Bands, decimal? CutOff, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>
    /// The scores labelled on the axis: the range's ends and each band's own lower bound (PHQ-9: 0, 5, 10, 15, 20, 27), so a
    /// label is a score the scale can give, never the halfway point where two zones meet.
    /// </summary>
    public IReadOnlyList<decimal> Ticks { get; init; } = [];

    /// <summary>
    /// The days the date axis spans at least (a report's period), so a monthly measure's chart ends where the period ends
    /// like the weekly ones beside it; null for first to last score.
    /// </summary>
    public (DateOnly From, DateOnly To)? Span { get; init; }

    /// <summary>The reader's country when the dates under the plot are in a client's words; null for yyyy-MM-dd.</summary>
    public string? ClientDatesCountry { get; init; }

    /// <summary>
    /// The chart of an instrument's totals. Bands meet halfway between one band's upper bound and the next one's lower
    /// bound (PHQ-9 "mild" 5-9 and "moderate" 10-14 meet at 9.5; SCS-SF "low" &lt; 2.5 and "moderate" 2.5-3.5 at 2.5), so
    /// every possible score lies inside the zone of its own band. Points are ordered by date (stable for equal dates).
    /// </summary>
    public static ScoreChart For(InstrumentDefinition instrument, IEnumerable<ChartPoint> points) =>
        For(instrument.Code, instrument.Bands, instrument.Caseness, points);

    /// <summary>The chart of one scale (a subscale scored on its own, such as each CBI scale) with its own bands and cut-off.</summary>
    public static ScoreChart For(string title, IReadOnlyList<SeverityBand> scaleBands, CasenessCutOff? caseness, IEnumerable<ChartPoint> points)
    {
        var ordered = points.OrderBy(p => p.Date).ToList();
        var sorted = scaleBands.OrderBy(b => b.Lower).ToList();
        var bands = new List<ChartBand>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var from = i == 0 ? sorted[i].Lower : (sorted[i - 1].Upper + sorted[i].Lower) / 2;
            var to = i == sorted.Count - 1 ? sorted[i].Upper : (sorted[i].Upper + sorted[i + 1].Lower) / 2;
            bands.Add(new ChartBand(sorted[i].Label, from, to, i));
        }

        var min = sorted.Count > 0 ? sorted[0].Lower : ordered.Select(p => p.Value).DefaultIfEmpty(0).Min();
        var max = sorted.Count > 0 ? sorted[^1].Upper : ordered.Select(p => p.Value).DefaultIfEmpty(1).Max();
        if (max <= min)
        {
            max = min + 1;
        }

        return new ScoreChart(title, min, max, bands, caseness?.Value, ordered)
        {
            Ticks = [.. sorted.Select(b => b.Lower).Append(min).Append(max).Where(v => v >= min && v <= max).Distinct().Order()],
        };
    }
}
