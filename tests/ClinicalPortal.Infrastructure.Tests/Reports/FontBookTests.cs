using ClinicalPortal.Infrastructure.Reports;
using ClinicalPortal.Infrastructure.Reports.Layout;
using PdfSharp.Drawing;

namespace ClinicalPortal.Infrastructure.Tests.Reports;

/// <summary>The cached widths PdfFlow wraps by are the widths PDFsharp measures, word by word and for whole lines.</summary>
public sealed class FontBookTests
{
    public static TheoryData<string, double, bool> Lines => new()
    {
        { "PHQ-9 improved reliably since baseline: 17 → 9, moderately severe → mild; clinically significant", 9, false },
        { "Łukasz Ἀλέξανδρος, born 1980-01-01, New York", 9, true },
        { "Confidential: contains protected health information", 8, false },
        { "W i d e   and   narrow   iiii   MMMM", 12, true },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void ALineBuiltFromCachedWords_IsAsWideAsPdfSharpMeasuresIt(string line, double size, bool bold)
    {
        EmbeddedFonts.Install();
        using var fonts = new FontBook();
        var font = fonts.Font(size, bold);
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var width = 0.0;
        for (var i = 0; i < words.Length; i++)
        {
            width = fonts.LineWidth(width, words[i], font, first: i == 0);
        }

        using var measure = XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);
        var expected = measure.MeasureString(string.Join(' ', words), EmbeddedFonts.Font(size, bold)).Width;
        Assert.Equal(expected, width, precision: 6);
        Assert.True(width > 0);
    }

    [Fact]
    public void EachFont_IsMadeOncePerBook_AndBoldDiffersFromRegular()
    {
        using var fonts = new FontBook();
        Assert.Same(fonts.Font(9), fonts.Font(9));
        Assert.NotSame(fonts.Font(9), fonts.Font(9, bold: true));
        Assert.True(fonts.Width("Baseline", fonts.Font(9, bold: true)) > fonts.Width("Baseline", fonts.Font(9)));
    }
}
