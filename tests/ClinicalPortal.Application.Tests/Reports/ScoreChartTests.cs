using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>One chart model, drawn as SVG here (and into the PDF later): zones, cut-off and points agree with the scores.</summary>
public sealed partial class ScoreChartTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static ScoreChart Phq9(params decimal[] totals) =>
        ScoreChart.For(InstrumentLibrary.Phq9, totals.Select((t, i) => new ChartPoint(Start.AddDays(7 * i), t)));

    [Fact]
    public void Phq9Bands_MeetHalfwayBetweenIntegerBands_AndTheCutOffIsCaseness()
    {
        var chart = Phq9(17, 9);
        Assert.Equal(
            ["minimal 0-4.5", "mild 4.5-9.5", "moderate 9.5-14.5", "moderately severe 14.5-19.5", "severe 19.5-27"],
            chart.Bands.Select(b => $"{b.Label.ToLowerInvariant()} {ChartGeometry.Format(b.From)}-{ChartGeometry.Format(b.To)}"));
        Assert.Equal((0m, 27m, (decimal?)10m), (chart.Min, chart.Max, chart.CutOff));
        // The axis labels scores the scale gives: each band's lower bound and the range's ends.
        Assert.Equal([0m, 5m, 10m, 15m, 20m, 27m], new ChartGeometry(chart, 480, 200).ScoreTicks());
    }

    [Fact]
    public void MeanScoreBands_WithOpenBounds_MeetAtTheirCommonBound()
    {
        var chart = ScoreChart.For(InstrumentLibrary.ScsShortForm, [new ChartPoint(Start, 2.75m)]);
        Assert.Equal(["1-2.5", "2.5-3.5", "3.5-5"], chart.Bands.Select(b => $"{ChartGeometry.Format(b.From)}-{ChartGeometry.Format(b.To)}"));
    }

    [Fact]
    public void EveryPossibleScore_LiesInTheZoneOfItsOwnBand()
    {
        var chart = Phq9();
        for (var score = 0m; score <= 27; score++)
        {
            var band = SeverityBand.Find(InstrumentLibrary.Phq9.Bands, score)!;
            var zone = Assert.Single(chart.Bands, b => b.From <= score && score < b.To || (score == chart.Max && b.To == score));
            Assert.Equal(band.Label, zone.Label);
        }
    }

    [Fact]
    public void Geometry_PutsTheRangeOnThePlotEdges_AndDatesInProportion()
    {
        var g = new ChartGeometry(Phq9(17, 12, 9), 480, 200);
        Assert.Equal(g.PlotBottom, g.Y(0));
        Assert.Equal(g.PlotTop, g.Y(27));
        Assert.Equal(g.PlotBottom - 13.5 / 27 * g.PlotHeight, g.Y(13.5m), 9);
        Assert.Equal(g.PlotTop, g.Y(40)); // out of range: at the edge
        Assert.Equal(g.PlotLeft, g.X(Start));
        Assert.Equal(g.PlotLeft + g.PlotWidth / 2, g.X(Start.AddDays(7)), 9);
        Assert.Equal(g.PlotRight, g.X(Start.AddDays(14)), 9);
        Assert.Equal([Start, Start.AddDays(3), Start.AddDays(6), Start.AddDays(8), Start.AddDays(11), Start.AddDays(14)], g.DateTicks());
        // A report's chart spans its period: the axis runs on to the period's end after a monthly measure's last score.
        var spanned = new ChartGeometry(Phq9(17, 9) with { Span = (Start.AddDays(-7), Start.AddDays(60)) }, 480, 200);
        Assert.Equal(Start.AddDays(-7), spanned.DateTicks()[0]);
        Assert.Equal(Start.AddDays(60), spanned.DateTicks()[^1]);
        Assert.True(spanned.X(Start.AddDays(7)) < spanned.PlotRight - spanned.PlotWidth / 2);
        var single = new ChartGeometry(Phq9(5), 480, 200);
        Assert.Equal(single.PlotLeft + single.PlotWidth / 2, single.X(Start));
        Assert.Equal([Start], single.DateTicks());
    }

    [Fact]
    public void Svg_PointsReadBack_AsTheScores_AndTheCutOffIsDashedAtTen()
    {
        var totals = new[] { 17m, 14m, 12m, 9m, 9m, 5m };
        var chart = Phq9(totals);
        var svg = XDocument.Parse(SvgChart.Render(chart));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var g = new ChartGeometry(chart, 480, 200);
        var read = svg.Descendants(ns + "circle")
            .Select(c => double.Parse(c.Attribute("cy")!.Value, CultureInfo.InvariantCulture))
            .Select(y => Math.Round((g.PlotBottom - y) / g.PlotHeight * 27, 1)).ToList();
        Assert.Equal(totals.Select(t => (double)t), read);
        var dashed = Assert.Single(svg.Descendants(ns + "line"), l => l.Attribute("stroke-dasharray") is not null);
        Assert.Equal(Math.Round(g.Y(10), 2), double.Parse(dashed.Attribute("y1")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(5, svg.Descendants(ns + "rect").Count());
        Assert.Equal("PHQ-9", svg.Root!.Element(ns + "title")!.Value);
        Assert.Contains("latest 5", svg.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_IsTheSameText_EveryTime_AndEscapesItsText()
    {
        var chart = Phq9(17, 9) with { Title = "<PHQ-9 & co>" };
        var first = SvgChart.Render(chart);
        Assert.Equal(first, SvgChart.Render(chart));
        Assert.Contains("&lt;PHQ-9 &amp; co&gt;", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(Coordinates(), first);
    }

    [Fact]
    public void NoScores_DrawTheZones_AndSaySo()
    {
        var svg = SvgChart.Render(Phq9());
        Assert.Contains("No scores in this period.", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<circle", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<polyline", svg, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<polyline fill="none" stroke="#000" stroke-width="1.5" points="[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+"/>""")]
    private static partial Regex Coordinates();
}
