namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>
/// Draws a chart onto a canvas, in this order: band zones with their labels, score ticks, the caseness cut-off as a
/// dashed line, the scores as a line with points, the dates under the plot, the title. Every output draws exactly this.
/// </summary>
public static class ChartPainter
{
    public const double LabelSize = 7;
    public const double TitleSize = 9;

    public static void Paint(ChartGeometry g, IChartCanvas canvas)
    {
        var chart = g.Chart;
        foreach (var band in chart.Bands)
        {
            var top = g.Y(band.To);
            canvas.Zone(g.PlotLeft, top, g.PlotWidth, g.Y(band.From) - top, band.Shade);
            canvas.Text(g.PlotRight + 4, (top + g.Y(band.From)) / 2 + LabelSize / 3, band.Label, LabelSize, -1);
        }

        foreach (var tick in g.ScoreTicks())
        {
            canvas.Line(g.PlotLeft - 3, g.Y(tick), g.PlotLeft, g.Y(tick), 0.5, dashed: false);
            canvas.Text(g.PlotLeft - 5, g.Y(tick) + LabelSize / 3, ChartGeometry.Format(tick), LabelSize, 1);
        }

        canvas.Line(g.PlotLeft, g.PlotTop, g.PlotLeft, g.PlotBottom, 0.75, dashed: false);
        canvas.Line(g.PlotLeft, g.PlotBottom, g.PlotRight, g.PlotBottom, 0.75, dashed: false);
        if (chart.CutOff is { } cut)
        {
            canvas.Line(g.PlotLeft, g.Y(cut), g.PlotRight, g.Y(cut), 1, dashed: true);
        }

        var points = chart.Points.Select(p => (g.X(p.Date), g.Y(p.Value))).ToList();
        if (points.Count > 1)
        {
            canvas.Polyline(points, 1.5);
        }

        foreach (var (x, y) in points)
        {
            canvas.Dot(x, y, 2);
        }

        foreach (var date in g.DateTicks())
        {
            canvas.Line(g.X(date), g.PlotBottom, g.X(date), g.PlotBottom + 3, 0.5, dashed: false);
            canvas.Text(g.X(date), g.PlotBottom + 3 + LabelSize + 2, g.DateLabel(date), LabelSize, 0);
        }

        canvas.Text(g.PlotLeft, TitleSize + 2, chart.Title, TitleSize, -1);
    }
}
