using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.DevTools.Reports;

/// <summary>
/// A fictional client's report (weekly PHQ-9 and GAD-7 improving, monthly CBI), built through the same
/// <see cref="InstrumentSections"/> as a real one, without a database: the layout tests' long histories and the
/// renderer benchmark's input (docs/samples comes from the real API and the demo data instead: the load test's
/// --report-samples). Deterministic (a seeded generator), so its renders are reproducible.
/// </summary>
public static class SampleProgressReport
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 1, 14, 30, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The report of <paramref name="weeks"/> weeks up to <see cref="GeneratedAt"/>, for an audience.</summary>
    public static ProgressReport Build(ReportAudience audience, int weeks = 26, bool withReflection = true, string clientName = "Alex Example")
    {
        var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(GeneratedAt, Zone).DateTime);
        var from = to.AddDays(-7 * weeks + 1);
        var random = new Random(20261201);
        var organization = new OrganizationId(Guid.Parse("7b1e1c7e-0000-4000-8000-000000000001"));
        var client = new ClientId(Guid.Parse("7b1e1c7e-0000-4000-8000-000000000002"));
        var user = new UserId(Guid.Parse("7b1e1c7e-0000-4000-8000-000000000003"));
        var start = GeneratedAt.AddDays(-7 * weeks);
        var sections = new List<InstrumentReport>();
        foreach (var (instrument, every) in new[] { (InstrumentLibrary.Phq9, 1), (InstrumentLibrary.Gad7, 1), (InstrumentLibrary.Cbi, 4) })
        {
            var history = new List<Assessment>();
            for (var week = 0; week < weeks; week += every)
            {
                // From distressed (0.75 of the range) to mild (0.25), with week-to-week noise.
                var level = Math.Clamp(0.75 - 0.5 * week / Math.Max(1, weeks - 1) + (random.NextDouble() - 0.5) * 0.12, 0, 1);
                var at = start.AddDays(7 * week + 1).AddHours(random.Next(0, 8));
                history.Add(Assessment.Record(instrument, organization, client, Answers(instrument, level, random), user, Role.Client, at).Value!);
            }

            sections.Add(InstrumentSections.Build(new InstrumentSections.Input(
                instrument, history, from, to, Zone, GeneratedAt.AddDays(-28), audience, IncludeAnswers: audience == ReportAudience.Clinician, Country: "US"))!);
        }

        var completion = new CompletionResponse(38, 4, 6, 48, 38m / 48);
        var modules = new List<ModuleAdherenceResponse>
        {
            new(Guid.Empty, "Self-compassion break", new CompletionResponse(20, 2, 2, 24, 20m / 24), new DistressChangeResponse(2.4m, 20)),
            new(Guid.Empty, "Letter from a compassionate friend", new CompletionResponse(10, 1, 1, 12, 10m / 12), new DistressChangeResponse(1.5m, 10)),
            new(Guid.Empty, "Burnout boundaries", new CompletionResponse(8, 1, 3, 12, 8m / 12), new DistressChangeResponse(0.75m, 8)),
        };
        var adherence = new AdherenceResponse(client.Value, from, to, completion, 5, 12, modules, []);
        var reflections = withReflection
            ? new List<ReflectionExcerpt> { new(Guid.Empty, to.AddDays(-9), "Self-compassion break", "I noticed I was talking to myself the way I never would to a friend. Saying the three phrases slowed me down.") }
            : [];
        var practice = new PracticeReport("Notice self-criticism after flare-ups and answer it with kindness; protect two evenings a week from work.", adherence, reflections);
        var header = new ReportHeader(clientName, new DateOnly(1984, 5, 17), from, to, "Dr Robin Carer", "Demo Clinic", TimeZoneInfo.ConvertTime(GeneratedAt, Zone), Zone.Id, "US");
        var safety = audience == ReportAudience.Clinician
            ? new SafetyReport(
                [new AlertSummary(Guid.Empty, TimeZoneInfo.ConvertTime(start.AddDays(15).AddHours(3), Zone), "assessment", "urgent", "resolved",
                    TimeSpan.FromMinutes(42), TimeSpan.FromHours(5.5), "safety plan reviewed", ["supervisor"], [])],
                2, to.AddDays(-60), [], null)
            : null;
        var resources = audience == ReportAudience.Client
            ? new ClientResources(CrisisResourcesResponse.For("US", [], CrisisLines.AnswersNotMonitored), null)
            : null;
        return new ProgressReport(audience, header, ProgressReport.SummaryOf(audience, sections), sections, practice, safety, resources);
    }

    /// <summary>Answers around one relative level of each item's options, item by item (PHQ-9 item 9 stays "not at all").</summary>
    private static int?[] Answers(InstrumentDefinition instrument, double level, Random random) =>
        instrument.Items.Select(item =>
        {
            var options = item.Options.OrderBy(o => o.Value).ToList();
            var index = instrument.Code == "PHQ-9" && item.Number == 9
                ? 0
                : Math.Clamp((int)Math.Round(level * (options.Count - 1) + random.NextDouble() - 0.5), 0, options.Count - 1);
            return (int?)options[index].Value;
        }).ToArray();
}
