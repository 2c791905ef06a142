using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Reports;
using ClinicalPortal.Infrastructure.Reports.Layout;

namespace ClinicalPortal.Infrastructure.Reports;

/// <summary>
/// Lays a <see cref="ProgressReport"/> out as a PDF through <see cref="PdfFlow"/>: title and introduction, the summary
/// sentences, then per instrument its chart(s) kept whole and the table of the same values, then (care team) the gaps in
/// measurement and the criteria of change, practice, and safety with the item 9 and C-SSRS history. The client's report
/// puts the crisis lines and their safety plan on its first page, under the introduction. All wording comes from the
/// report (<see cref="ReportText"/>); this class only places it.
/// </summary>
public sealed class ProgressReportPdf : IProgressReportRenderer
{
    public const double ChartHeight = 170;

    public RenderedReport Render(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var client = report.Audience == ReportAudience.Client;
        using var flow = new PdfFlow(
            new PageFrame(ReportText.HeaderLines(report.Header, report.Audience), ReportText.Confidential), report.Title, report.Header.GeneratedAt);
        flow.Paragraph(client ? "Your progress report" : "Progress report", 16, bold: true, spaceAfter: 6);
        flow.Paragraph(ReportText.Intro(report.Audience));
        if (report.Resources is { } resources)
        {
            Resources(flow, resources);
        }

        flow.Heading(ReportText.SummaryHeading, keepWith: 20);
        if (report.Summary.Count == 0)
        {
            flow.Paragraph(client ? ReportText.ClientNoResults : ReportText.NoResults);
        }

        foreach (var sentence in report.Summary)
        {
            flow.Paragraph("• " + sentence);
        }

        foreach (var instrument in report.Instruments)
        {
            Instrument(flow, report, instrument, client);
        }

        if (report.Measurement is { } measurement)
        {
            Measurement(flow, measurement);
        }

        Practice(flow, report, client);
        if (report.Safety is { } safety)
        {
            Safety(flow, safety);
        }

        var pages = flow.Pages;
        return new RenderedReport(flow.Finish(), pages);
    }

    private static void Instrument(PdfFlow flow, ProgressReport report, InstrumentReport instrument, bool client)
    {
        var heading = $"{instrument.Code}: {instrument.Name}" + (instrument.IsProcessMeasure && !client ? $" ({ReportText.ProcessOutcome})" : string.Empty);
        flow.Heading(heading, keepWith: instrument.Charts.Count > 0 ? ChartHeight : 40);
        foreach (var chart in instrument.Charts)
        {
            flow.Block(ChartHeight, (graphics, left, top) => PdfChartCanvas.Draw(graphics, flow.Fonts, chart, left, top, flow.ContentWidth, ChartHeight));
        }

        if (instrument.Charts.Count > 0)
        {
            flow.Paragraph(ReportText.ChartNote, PdfFlow.BodySize - 1);
        }

        var columns = new List<TableColumn> { new("Date", 1.3) };
        if (instrument.HasTotal)
        {
            columns.Add(new(client ? "Score" : "Total", 0.9, AlignRight: true));
        }

        var showSubscales = !client || !instrument.HasTotal;
        if (showSubscales)
        {
            columns.AddRange(instrument.SubscaleNames.Select(n => new TableColumn(n, 1, AlignRight: true)));
        }

        columns.Add(new("Band", 1.8));
        if (!client)
        {
            columns.Add(new("vs previous result", 2.2));
            columns.Add(new("vs baseline", 2.2));
        }

        var rows = instrument.Rows.Select(r =>
        {
            var cells = new List<string> { report.Date(r.Date) };
            if (instrument.HasTotal)
            {
                cells.Add(ReportText.Number(r.Total));
            }

            if (showSubscales)
            {
                cells.AddRange(r.Subscales.Select(ReportText.Number));
            }

            cells.Add(r.Band);
            if (!client)
            {
                cells.Add(r.SincePrevious);
                cells.Add(r.SinceBaseline);
            }

            return (IReadOnlyList<string>)cells;
        });
        flow.Table(columns, rows, columns.Count > 7 ? PdfFlow.BodySize - 2 : PdfFlow.BodySize);
        if (!client)
        {
            flow.Paragraph(instrument.HasTotal ? ReportText.ChangeLegend : ReportText.ScaleChangeLegend, PdfFlow.BodySize - 1);
        }

        if (instrument.LatestAnswers is { } answers)
        {
            flow.Paragraph(ReportText.LatestAnswersHeading, bold: true);
            flow.Table(
                [new("Item", 0.6, AlignRight: true), new("Question", 6), new("Answer", 2.6)],
                answers.Select(a => (IReadOnlyList<string>)[a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Item, a.Answer]),
                PdfFlow.BodySize - 1);
        }
    }

    private static void Measurement(PdfFlow flow, MeasurementReport measurement)
    {
        flow.Heading(ReportText.MeasurementHeading, keepWith: 20);
        flow.Paragraph(ReportText.GapsHeading, bold: true, spaceAfter: 1);
        foreach (var line in measurement.Gaps)
        {
            flow.Paragraph("• " + line, spaceAfter: 1);
        }

        if (measurement.Criteria.Count > 0)
        {
            flow.Paragraph(string.Empty, spaceAfter: 2);
            flow.Paragraph(ReportText.CriteriaHeading, bold: true, spaceAfter: 1);
            foreach (var line in measurement.Criteria)
            {
                flow.Paragraph("• " + line, PdfFlow.BodySize - 1, spaceAfter: 1);
            }
        }

        flow.Paragraph(string.Empty, spaceAfter: 2);
    }

    private static void Practice(PdfFlow flow, ProgressReport report, bool client)
    {
        var practice = report.Practice;
        flow.Heading(ReportText.PracticeHeading, keepWith: 20);
        if (practice is null)
        {
            flow.Paragraph(ReportText.NoPractice);
            return;
        }

        var adherence = practice.Adherence;
        if (practice.Goals is { } goals)
        {
            flow.Paragraph(ReportText.Goals(goals));
        }

        if (client)
        {
            flow.Paragraph(ReportText.ClientCompletion(adherence.Overall.Done, adherence.Overall.Counted));
            flow.Paragraph(ReportText.Streaks(adherence.CurrentStreak, adherence.LongestStreak));
            if (ReportText.ClientHelpedMost(adherence.Modules) is { } helped)
            {
                flow.Paragraph(helped);
            }
        }
        else
        {
            flow.Paragraph(ReportText.Completion(adherence.Overall.Done, adherence.Overall.Counted, adherence.Overall.Rate) + " " +
                           ReportText.Streaks(adherence.CurrentStreak, adherence.LongestStreak));
        }

        if (adherence.Modules.Count > 0)
        {
            flow.Table(
                [new("Module", 4), new("Done", 0.8, AlignRight: true), new("Skipped", 1, AlignRight: true), new("Missed", 0.9, AlignRight: true),
                 new("Completion", 1.3, AlignRight: true), new(client ? "Distress eased by" : "Distress drop (before - after)", 2.2, AlignRight: true)],
                adherence.Modules.Select(m => (IReadOnlyList<string>)
                [
                    m.Title, Count(m.Completion.Done), Count(m.Completion.Skipped), Count(m.Completion.Missed), ReportText.Percent(m.Completion.Rate),
                    client ? ReportText.ClientDistressChange(m.DistressChange.Mean) : ReportText.DistressChange(m.DistressChange.Mean, m.DistressChange.Completions),
                ]));
        }

        if (practice.Reflections.Count > 0)
        {
            flow.Paragraph(client ? ReportText.ClientReflectionsHeading : ReportText.ReflectionsHeading, bold: true);
            foreach (var reflection in practice.Reflections)
            {
                flow.Paragraph($"{report.Date(reflection.Date)}, {reflection.Module}: {reflection.Text}");
            }
        }
    }

    private static void Safety(PdfFlow flow, SafetyReport safety)
    {
        flow.Heading(ReportText.SafetyHeading, keepWith: 20);
        flow.Paragraph(ReportText.SafetyPlanOnFile(safety.SafetyPlanVersion, safety.SafetyPlanSince));
        flow.Paragraph(ReportText.RiskHistoryHeading, bold: true);
        if (safety.RiskHistory.Count == 0)
        {
            flow.Paragraph(ReportText.NoRiskHistory);
        }
        else
        {
            flow.Table(
                [new("Date", 1.3), new("Measure", 1.6), new("Answer or result", 6), new("Risk tier", 1.2)],
                safety.RiskHistory.Select(r => (IReadOnlyList<string>)[ReportText.Date(r.Date), r.Measure, r.Result, r.Tier]),
                PdfFlow.BodySize - 1);
        }

        if (safety.EarlierRisk is { } earlier)
        {
            flow.Paragraph(earlier);
        }

        if (safety.Alerts.Count == 0)
        {
            flow.Paragraph(ReportText.NoAlerts);
            return;
        }

        flow.Table(
            [new("Raised", 1.9), new("Source", 1.5), new("Tier", 0.9), new("Status", 1.7), new("To acknowledge", 1.4, AlignRight: true),
             new("To resolve", 1.3, AlignRight: true), new("Disposition", 1.8), new("Escalated to", 1.6)],
            safety.Alerts.Select(a => (IReadOnlyList<string>)
            [
                ReportText.DateTime(a.RaisedAt), a.Source, a.Tier, a.Status, ReportText.Duration(a.ToAcknowledge), ReportText.Duration(a.ToResolve),
                a.Disposition ?? "-", a.EscalatedTo.Count == 0 ? "-" : string.Join(", ", a.EscalatedTo),
            ]),
            PdfFlow.BodySize - 1);
        foreach (var alert in safety.Alerts.Where(a => a.Notes.Count > 0))
        {
            flow.Paragraph($"Notes on the alert raised {ReportText.DateTime(alert.RaisedAt)}:", bold: true);
            foreach (var note in alert.Notes)
            {
                flow.Paragraph(note);
            }
        }
    }

    private static void Resources(PdfFlow flow, ClientResources resources)
    {
        flow.Heading(ReportText.CrisisHeading, keepWith: 20);
        flow.Paragraph(ReportText.ClientIntroCrisis);
        foreach (var line in resources.Crisis.Contacts)
        {
            flow.Paragraph($"{line.Name}: {line.Instruction}");
        }

        flow.Paragraph(resources.Crisis.Notice);
        flow.Heading(ReportText.SafetyPlanHeading, keepWith: 20);
        if (resources.SafetyPlan is not { } plan)
        {
            flow.Paragraph(ReportText.ClientNoSafetyPlan);
            return;
        }

        Section(flow, "Warning signs", plan.WarningSigns);
        Section(flow, "Things I can do on my own", plan.CopingStrategies);
        Section(flow, "People and places that take my mind off things", plan.DistractionPeopleAndPlaces);
        Section(flow, "People I can ask for help", plan.PeopleToAskForHelp);
        Section(flow, "Professionals and services", plan.ProfessionalsAndServices);
        Section(flow, "Making my surroundings safe", plan.MakingTheEnvironmentSafe);
        Section(flow, "My reasons for living", plan.ReasonsForLiving);
    }

    private static void Section(PdfFlow flow, string heading, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        flow.Paragraph(heading, bold: true, spaceAfter: 1);
        foreach (var entry in entries)
        {
            flow.Paragraph("• " + entry, spaceAfter: 1);
        }

        flow.Paragraph(string.Empty, spaceAfter: 2);
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
