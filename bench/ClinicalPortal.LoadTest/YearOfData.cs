using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// A year of a client's record for the report benchmark, made through the domain's own factories with each record
/// dated on its day, so the stored scores are the ones the API would have computed: weekly PHQ-9 and GAD-7 (a course
/// from moderately severe to mild, with setbacks), a monthly CBI, and a year-long practice plan (the friend letter
/// daily, boundaries three times a week) of which about three in four tasks were done with distress ratings, some
/// with a reflection, and some skipped with a reason. No risk answers: an alert needs its own workflow.
/// </summary>
internal static class YearOfData
{
    public const int Days = 364;

    /// <summary>What one client's year holds, for the benchmark's printout.</summary>
    internal sealed record Counts(int Assessments, int Tasks, int Done, int Reflections);

    public static async Task<Counts> AddAsync(string connectionString, Guid clientId, int seed, CancellationToken ct)
    {
        await using var people = Seeding.People(connectionString);
        var services = people.Services;
        var db = services.GetRequiredService<PortalDbContext>();
        var text = services.GetRequiredService<IHealthTextProtector>();
        var client = await db.Clients.SingleAsync(c => c.Id == new ClientId(clientId), ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var random = new Random(seed);
        var today = HomeworkStatuses.LocalDate(DateTimeOffset.UtcNow, zone);
        var first = today.AddDays(-Days);

        var assessments = 0;
        for (var week = 0; week * 7 <= Days; week++)
        {
            var day = first.AddDays(week * 7);
            // 17 at the start falling towards 7, with noise of a few points.
            var level = Math.Clamp(0.65 - 0.4 * week / 52.0 + (random.NextDouble() - 0.5) * 0.2, 0, 1);
            db.Assessments.Add(Record(InstrumentLibrary.Phq9, client, level, At(day, 9, zone), random));
            db.Assessments.Add(Record(InstrumentLibrary.Gad7, client, level * 0.9, At(day, 9, zone).AddMinutes(4), random));
            assessments += 2;
            if (week % 4 == 0)
            {
                db.Assessments.Add(Record(InstrumentLibrary.Cbi, client, Math.Clamp(level + 0.1, 0, 1), At(day, 9, zone).AddMinutes(9), random));
                assessments++;
            }
        }

        var planned = At(first, 8, zone);
        PlanItemSpec Item(string key, PracticeFrequency frequency)
        {
            var module = ModuleLibrary.Find(key)!;
            return new PlanItemSpec(module.Id, module.Current.Id, module.CurrentVersion, module.Current.Content.Title, frequency, first, today);
        }

        var plan = PracticePlan.Create(
            client, text.Protect("Answer the inner critic kindly; protect two evenings a week from work."), null,
            [
                Item(ModuleLibrary.FriendLetter, PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value),
                Item(ModuleLibrary.BurnoutBoundaries, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, null).Value),
            ],
            first, null, client.ClinicianId, planned).Value;
        db.PracticePlans.Add(plan);
        var tasks = plan.ExpandFrom(first);
        var done = 0;
        var reflections = 0;
        foreach (var task in tasks.Where(t => t.Date < today))
        {
            var at = At(task.Date, 19, zone);
            var roll = random.NextDouble();
            if (roll < 0.75)
            {
                var before = random.Next(3, 9);
                var reflection = random.NextDouble() < 0.2 ? text.Protect("Writing to myself as a friend would made the evening easier.") : null;
                Seeding.Check(task.Complete(zone, before, Math.Max(0, before - random.Next(0, 4)), null, reflection, null, "bench", client.UserId, at));
                done++;
                reflections += reflection is null ? 0 : 1;
            }
            else if (roll < 0.85)
            {
                Seeding.Check(task.Skip(zone, text.Protect("Too tired after the late shift."), null, "bench", client.UserId, at));
            }
        }

        db.HomeworkTasks.AddRange(tasks);
        await db.SaveChangesAsync(ct);
        return new Counts(assessments, tasks.Count, done, reflections);
    }

    /// <summary>A result of answers near <paramref name="level"/> (<see cref="Answers.Near"/>), scored by the domain.</summary>
    internal static Assessment Record(InstrumentDefinition instrument, Client client, double level, DateTimeOffset at, Random random) =>
        Seeding.Check(Assessment.Record(instrument, client.OrganizationId, client.Id, Answers.Near(instrument, level, random), client.UserId, Role.Client, at));

    internal static DateTimeOffset At(DateOnly day, int hour, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
