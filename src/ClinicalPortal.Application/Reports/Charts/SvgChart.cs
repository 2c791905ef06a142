using System.Globalization;
using System.Net;
using System.Text;

namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>
/// A chart as an SVG document for the web pages: vector shapes, real text, a title and a description for screen
/// readers (the table beside it is the full text equivalent), system fonts, no script.
/// </summary>
public sealed class SvgChart : IChartCanvas
{
    /// <summary>Band shades, lightest first (good contrast with the black line on every one).</summary>
    public static readonly string[] Shades = ["#eef6ee", "#fdf6e3", "#fdebd3", "#fbdcd0", "#f6cfcf", "#efc2c2"];

    private readonly StringBuilder _svg = new();

    public static string Render(ScoreChart chart, double width = 480, double height = 200)
    {
        var canvas = new SvgChart();
        var summary = chart.Points.Count == 0
            ? "No scores in this period."
            : $"{chart.Points.Count} scores from {ChartGeometry.Format(chart.Points[0].Date)} to {ChartGeometry.Format(chart.Points[^1].Date)}, latest {ChartGeometry.Format(chart.Points[^1].Value)}.";
        canvas._svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" font-family=\"system-ui, sans-serif\">");
        canvas._svg.Append("<title>").Append(WebUtility.HtmlEncode(chart.Title)).Append("</title><desc>").Append(WebUtility.HtmlEncode(summary)).Append("</desc>");
        ChartPainter.Paint(new ChartGeometry(chart, width, height), canvas);
        canvas._svg.Append("</svg>");
        return canvas._svg.ToString();
    }

    public void Zone(double x, double y, double width, double height, int shade) =>
        _svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{Shades[Math.Clamp(shade, 0, Shades.Length - 1)]}\"/>");

    public void Line(double x1, double y1, double x2, double y2, double width, bool dashed) =>
        _svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"#333\" stroke-width=\"{N(width)}\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/>");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, double width) =>
        _svg.Append(CultureInfo.InvariantCulture,
            $"<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"{N(width)}\" points=\"{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\"/>");

    public void Dot(double x, double y, double radius) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\" fill=\"#000\"/>");

    public void Text(double x, double y, string text, double size, int anchor) =>
        _svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{(anchor < 0 ? "start" : anchor > 0 ? "end" : "middle")}\">{WebUtility.HtmlEncode(text)}</text>");

    /// <summary>Coordinates with two decimals, invariant: the same chart is the same text on any machine (determinism).</summary>
    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
