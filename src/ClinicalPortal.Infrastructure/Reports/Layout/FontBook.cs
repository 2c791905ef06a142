using PdfSharp.Drawing;

namespace ClinicalPortal.Infrastructure.Reports.Layout;

/// <summary>
/// The fonts of one document and the widths of the words set in them. Creating an <see cref="XFont"/> takes PDFsharp's
/// process-wide font lock and measuring walks the glyph tables, so a report of a few thousand words asked for each font
/// and each word's width thousands of times; here each is made once per document. Not shared between documents, so
/// concurrent reports never touch each other's caches.
/// </summary>
public sealed class FontBook : IDisposable
{
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(
        new XSize(PdfFlow.PageWidth, PdfFlow.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    /// <summary>The embedded font of this size and weight (<see cref="EmbeddedFonts.Font"/>), made on first use.</summary>
    public XFont Font(double size, bool bold = false)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = EmbeddedFonts.Font(size, bold);
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    /// <summary>The advance width of <paramref name="text"/> in points, as <see cref="XGraphics.MeasureString(string, XFont)"/> gives it.</summary>
    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>
    /// The width of words joined by single spaces, from the cached width of each word and of the space: PDFsharp sets
    /// text by advance widths without kerning, so the line is the sum of its parts (FontBookTests holds it to that).
    /// </summary>
    public double LineWidth(double widthSoFar, string word, XFont font, bool first) =>
        first ? Width(word, font) : widthSoFar + Width(" ", font) + Width(word, font);

    public void Dispose() => _measure.Dispose();
}
