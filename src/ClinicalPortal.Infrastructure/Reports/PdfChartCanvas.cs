using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Infrastructure.Reports.Layout;
using PdfSharp.Drawing;

namespace ClinicalPortal.Infrastructure.Reports;

/// <summary>
/// The PDF output of a chart: the same <see cref="ChartPainter"/> strokes as the SVG, drawn as vectors with PDFsharp
/// into a box whose top-left corner is (<paramref name="left"/>, <paramref name="top"/>) on the page, in points. Text
/// is real text in the embedded font, so it can be selected and read back.
/// </summary>
public sealed class PdfChartCanvas(XGraphics graphics, FontBook fonts, double left, double top) : IChartCanvas
{
    // The SVG's band colours (#rrggbb), so both outputs shade alike.
    private static readonly XColor[] Shades = SvgChart.Shades
        .Select(hex => Convert.ToInt32(hex[1..], 16))
        .Select(rgb => XColor.FromArgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)).ToArray();

    /// <summary>Draws <paramref name="chart"/> into a <paramref name="width"/> x <paramref name="height"/> box of the page.</summary>
    public static void Draw(XGraphics graphics, FontBook fonts, ScoreChart chart, double left, double top, double width, double height)
    {
        ChartPainter.Paint(new ChartGeometry(chart, width, height), new PdfChartCanvas(graphics, fonts, left, top));
    }

    public void Zone(double x, double y, double width, double height, int shade) =>
        graphics.DrawRectangle(new XSolidBrush(Shades[Math.Clamp(shade, 0, Shades.Length - 1)]), left + x, top + y, width, height);

    public void Line(double x1, double y1, double x2, double y2, double width, bool dashed)
    {
        var pen = new XPen(XColor.FromArgb(0x33, 0x33, 0x33), width) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };
        graphics.DrawLine(pen, left + x1, top + y1, left + x2, top + y2);
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, double width) =>
        graphics.DrawLines(new XPen(XColors.Black, width), points.Select(p => new XPoint(left + p.X, top + p.Y)).ToArray());

    public void Dot(double x, double y, double radius) =>
        graphics.DrawEllipse(XBrushes.Black, left + x - radius, top + y - radius, radius * 2, radius * 2);

    public void Text(double x, double y, string text, double size, int anchor)
    {
        var font = fonts.Font(size);
        var width = fonts.Width(text, font);
        var start = anchor < 0 ? x : anchor > 0 ? x - width : x - width / 2;
        graphics.DrawString(text, font, XBrushes.Black, new XPoint(left + start, top + y));
    }
}
