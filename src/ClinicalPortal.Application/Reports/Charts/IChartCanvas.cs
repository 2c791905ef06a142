namespace ClinicalPortal.Application.Reports.Charts;

/// <summary>
/// The drawing primitives a chart needs, in points from the chart's top-left corner (y grows downwards, as in both PDF
/// page coordinates of PDFsharp and SVG). One implementation per output: SVG here, PDFsharp's XGraphics in Infrastructure.
/// </summary>
public interface IChartCanvas
{
    /// <summary>A filled rectangle; <paramref name="shade"/> 0.. picks the band colour (lightest first).</summary>
    void Zone(double x, double y, double width, double height, int shade);

    void Line(double x1, double y1, double x2, double y2, double width, bool dashed);

    void Polyline(IReadOnlyList<(double X, double Y)> points, double width);

    void Dot(double x, double y, double radius);

    /// <summary>Text with its baseline at y; <paramref name="anchor"/> -1 left, 0 centre, 1 right.</summary>
    void Text(double x, double y, string text, double size, int anchor);
}
