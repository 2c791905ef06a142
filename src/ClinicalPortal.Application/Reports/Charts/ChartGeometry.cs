using System.Globalization;

namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>
/// Where everything of a <see cref="ScoreChart"/> goes in a box of the given size: the plot area inside margins for the
/// axis labels, scores to y (the range's minimum at the bottom), dates to x (first to last score, by day; a single score
/// in the middle), the ticks. Pure arithmetic, so it is tested on its own and both outputs share it.
/// </summary>
public sealed class ChartGeometry
{
    public const double LeftMargin = 34;
    public const double RightMargin = 96; // band labels
    public const double TopMargin = 18;   // title
    public const double BottomMargin = 22; // dates

    public ChartGeometry(ScoreChart chart, double width, double height)
    {
        Chart = chart;
        Width = width;
        Height = height;
        PlotLeft = LeftMargin;
        PlotTop = TopMargin;
        PlotWidth = Math.Max(1, width - LeftMargin - RightMargin);
        PlotHeight = Math.Max(1, height - TopMargin - BottomMargin);
        if (chart.Points.Count > 0)
        {
            First = chart.Span is { } span && span.From < chart.Points[0].Date ? span.From : chart.Points[0].Date;
            var last = chart.Span is { } end && end.To > chart.Points[^1].Date ? end.To : chart.Points[^1].Date;
            Days = last.DayNumber - First.DayNumber;
        }
    }

    public ScoreChart Chart { get; }
    public double Width { get; }
    public double Height { get; }
    public double PlotLeft { get; }
    public double PlotTop { get; }
    public double PlotWidth { get; }
    public double PlotHeight { get; }
    public double PlotBottom => PlotTop + PlotHeight;
    public double PlotRight => PlotLeft + PlotWidth;

    private DateOnly First { get; }
    private int Days { get; }

    /// <summary>The y of a score (values outside the range are drawn at its edge).</summary>
    public double Y(decimal value)
    {
        var clamped = Math.Clamp(value, Chart.Min, Chart.Max);
        return PlotBottom - (double)((clamped - Chart.Min) / (Chart.Max - Chart.Min)) * PlotHeight;
    }

    /// <summary>The x of a day: first score (or the span's start) at the left edge, last (or the span's end) at the right; a single day in the middle.</summary>
    public double X(DateOnly date) =>
        Days == 0 ? PlotLeft + PlotWidth / 2 : PlotLeft + (date.DayNumber - First.DayNumber) / (double)Days * PlotWidth;

    /// <summary>Score-axis ticks: each band's lower bound plus the range's ends (<see cref="ScoreChart.Ticks"/>), ascending.</summary>
    public IReadOnlyList<decimal> ScoreTicks() => Chart.Ticks.Count > 0 ? Chart.Ticks : [Chart.Min, Chart.Max];

    /// <summary>A date under the plot: the client's words when the chart is theirs ("Dec 3, 2026", "3 Dec 2026"), else yyyy-MM-dd.</summary>
    public string DateLabel(DateOnly date) => Chart.ClientDatesCountry is { } country
        ? date.ToString(ReportText.MonthFirst(country) ? "MMM d, yyyy" : "d MMM yyyy", CultureInfo.InvariantCulture)
        : Format(date);

    /// <summary>Date ticks: the first and last score's dates and evenly spaced ones between, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<DateOnly> DateTicks(int count = 6)
    {
        if (Chart.Points.Count == 0)
        {
            return [];
        }

        if (Days == 0 || count < 2)
        {
            return [First];
        }

        var steps = Math.Min(count - 1, Days);
        return Enumerable.Range(0, steps + 1).Select(i => First.AddDays((int)Math.Round(i * Days / (double)steps))).Distinct().ToList();
    }

    /// <summary>A score as the tables write it (no trailing zeros: 12, 2.75).</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
