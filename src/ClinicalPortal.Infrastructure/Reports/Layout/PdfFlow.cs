using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ClinicalPortal.Infrastructure.Reports.Layout;

/// <summary>
/// The report's small layout layer over PDFsharp, so report code never places text by coordinates: content flows down
/// A4 pages inside margins; paragraphs wrap at word boundaries; a block that must stay whole (a chart with its title)
/// moves to the next page when it does not fit; tables wrap long cells and split across pages with their header row repeated; and every
/// page gets the frame (header lines, "page n of m") when the document is finished. The same content gives the same
/// bytes (<see cref="StableBytes"/>).
/// </summary>
public sealed class PdfFlow : IDisposable
{
    public const double Margin = 42;
    public const double BodySize = 9;
    private const double LineGap = 1.35;
    private const double CellPadding = 3;

    private readonly PdfDocument _document = new();
    private readonly FontBook _fonts = new();
    private readonly PageFrame _frame;
    private XGraphics? _graphics;
    private double _y;

    public PdfFlow(PageFrame frame, string title, DateTimeOffset createdAt)
    {
        EmbeddedFonts.Install();
        _frame = frame;
        _document.Info.Title = title;
        _document.Info.CreationDate = createdAt.UtcDateTime;
        _document.Info.ModificationDate = createdAt.UtcDateTime;
        _document.Language = "en";
        NewPage();
    }

    public static double PageWidth => XUnit.FromMillimeter(210).Point;

    public static double PageHeight => XUnit.FromMillimeter(297).Point;

    public double ContentWidth => PageWidth - 2 * Margin;

    private double HeaderHeight => _frame.HeaderLines.Count * BodySize * LineGap + 8;

    private double TopOfContent => Margin + HeaderHeight;

    private double BottomOfContent => PageHeight - Margin - BodySize * 2;

    /// <summary>The document's fonts and word widths, for what is drawn into a <see cref="Block"/> (chart labels).</summary>
    public FontBook Fonts => _fonts;

    /// <summary>Pages so far.</summary>
    public int Pages => _document.PageCount;

    private XGraphics Graphics => _graphics ?? throw new ObjectDisposedException(nameof(PdfFlow));

    /// <summary>A paragraph, wrapped to the content width; a line that does not fit on the page goes to the next.</summary>
    public void Paragraph(string text, double size = BodySize, bool bold = false, double spaceAfter = 4)
    {
        var font = Font(size, bold);
        foreach (var line in Wrap(text, font, ContentWidth))
        {
            if (line.Length == 0)
            {
                // A blank line is space, never a page: at the foot of a page it is dropped, at the top of one it is not drawn.
                if (_y > TopOfContent && _y + size * LineGap <= BottomOfContent)
                {
                    _y += size * LineGap;
                }

                continue;
            }

            EnsureRoom(size * LineGap);
            Graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + size));
            _y += size * LineGap;
        }

        _y += spaceAfter;
    }

    /// <summary>A heading kept with at least <paramref name="keepWith"/> points of what follows it.</summary>
    public void Heading(string text, double keepWith = 40)
    {
        EnsureRoom(12 * LineGap + keepWith);
        Paragraph(text, 12, bold: true);
    }

    /// <summary>A block of the given height drawn whole (a chart with its title): on this page if it fits, else on the next.</summary>
    public void Block(double height, Action<XGraphics, double, double> draw, double spaceAfter = 6)
    {
        EnsureRoom(height);
        draw(Graphics, Margin, _y);
        _y += height + spaceAfter;
    }

    /// <summary>
    /// A table over the content width. A cell too long for its column wraps onto more lines (nothing is cut off); rows that
    /// do not fit continue on the next page under a repeated header row.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, double size = BodySize)
    {
        var list = rows.ToList();
        var body = Font(size, bold: false);
        var widths = Widths(columns, list, size);
        var header = Lines(columns.Select(c => c.Heading).ToList(), widths, Font(size, bold: true));
        var first = true;
        foreach (var row in list)
        {
            var cells = Lines(row, widths, body);
            var height = RowHeight(cells, size);
            if (first || _y + height > BottomOfContent)
            {
                // The header never ends a page on its own: it moves with the first row that follows it.
                EnsureRoom(RowHeight(header, size) + height);
                Row(columns, widths, header, Font(size, bold: true), size, shaded: true);
                first = false;
            }

            Row(columns, widths, cells, body, size, shaded: false);
        }

        if (first)
        {
            EnsureRoom(RowHeight(header, size));
            Row(columns, widths, header, Font(size, bold: true), size, shaded: true);
        }

        _y += 6;
    }

    /// <summary>Draws the frame on every page and returns the document's bytes.</summary>
    public byte[] Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(BodySize - 1, bold: false);
        for (var i = 0; i < _document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i]);
            var y = Margin;
            foreach (var line in _frame.HeaderLines)
            {
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y + BodySize));
                y += BodySize * LineGap;
            }

            graphics.DrawLine(new XPen(XColors.Gray, 0.5), Margin, y + 3, PageWidth - Margin, y + 3);
            var footerY = PageHeight - Margin;
            graphics.DrawString(_frame.FooterNotice, font, XBrushes.Black, new XPoint(Margin, footerY));
            var pageText = $"Page {i + 1} of {_document.PageCount}";
            graphics.DrawString(pageText, font, XBrushes.Black, new XPoint(PageWidth - Margin - graphics.MeasureString(pageText, font).Width, footerY));
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return StableBytes.Pin(stream.ToArray());
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _fonts.Dispose();
        _document.Dispose();
    }

    /// <summary>
    /// Column widths by weight, widened where a column's longest word (of its heading or any cell) would not fit, so words
    /// break only when a single word is wider than the room left; what a column gains comes from the others, in proportion
    /// to their room above their own longest word.
    /// </summary>
    private double[] Widths(IReadOnlyList<TableColumn> columns, List<IReadOnlyList<string>> rows, double size)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => c.Weight / total * ContentWidth).ToArray();
        var bold = Font(size, bold: true);
        var plain = Font(size, bold: false);
        var needed = columns.Select((c, i) =>
        {
            static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var longest = Words(c.Heading).Select(w => _fonts.Width(w, bold))
                .Concat(rows.Where(r => i < r.Count).SelectMany(r => Words(r[i])).Select(w => _fonts.Width(w, plain)))
                .DefaultIfEmpty(0).Max();
            return longest + 2 * CellPadding + 0.5;
        }).ToArray();
        var missing = widths.Select((w, i) => Math.Max(0, needed[i] - w)).Sum();
        var spare = widths.Select((w, i) => Math.Max(0, w - needed[i])).Sum();
        if (missing <= 0 || spare <= 0)
        {
            return widths;
        }

        var taken = Math.Min(missing, spare);
        return [.. widths.Select((w, i) => w < needed[i]
            ? w + (needed[i] - w) / missing * taken
            : w - (w - needed[i]) / spare * taken)];
    }

    private List<List<string>> Lines(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        widths.Select((width, c) => Wrap(c < cells.Count ? cells[c] : string.Empty, font, width - 2 * CellPadding).ToList()).ToList();

    private static double RowHeight(List<List<string>> cells, double size) =>
        cells.Max(lines => Math.Max(1, lines.Count)) * size * LineGap + 2 * CellPadding;

    private void Row(IReadOnlyList<TableColumn> columns, double[] widths, List<List<string>> cells, XFont font, double size, bool shaded)
    {
        var height = RowHeight(cells, size);
        var x = Margin;
        if (shaded)
        {
            Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xee, 0xee, 0xee)), Margin, _y, ContentWidth, height);
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var baseline = _y + CellPadding + font.Size;
            foreach (var line in cells[c])
            {
                var textWidth = _fonts.Width(line, font);
                var left = columns[c].AlignRight ? x + widths[c] - CellPadding - textWidth : x + CellPadding;
                Graphics.DrawString(line, font, XBrushes.Black, new XPoint(left, baseline));
                baseline += size * LineGap;
            }

            x += widths[c];
        }

        Graphics.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, _y + height, Margin + ContentWidth, _y + height);
        _y += height;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > BottomOfContent && _y > TopOfContent)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = TopOfContent;
    }

    /// <summary>Lines of at most <paramref name="width"/>: broken at spaces, and a word longer than a whole line broken where it must.</summary>
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = _fonts.LineWidth(lineWidth, word, font, first: line.Length == 0);
                if (candidate <= width)
                {
                    line = line.Length == 0 ? word : line + " " + word;
                    lineWidth = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    yield return line;
                }

                line = word;
                while (line.Length > 1 && _fonts.Width(line, font) > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _fonts.Width(line[..cut], font) > width)
                    {
                        cut--;
                    }

                    yield return line[..cut];
                    line = line[cut..];
                }

                lineWidth = _fonts.Width(line, font);
            }

            yield return line;
        }
    }

    private XFont Font(double size, bool bold) => _fonts.Font(size, bold);
}
