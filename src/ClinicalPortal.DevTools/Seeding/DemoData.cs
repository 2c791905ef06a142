using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.DevTools.Seeding;

/// <summary>
/// Demo organisations and people for Development. Idempotent: once "Demo Clinic" exists nothing is added.
/// All names are invented.
/// </summary>
public sealed class DemoData(PortalDbContext db, PeopleSeeder seed, IHealthTextProtector text, TimeProvider clock)
{
    public const string DefaultPassword = "Demo!Passw0rd2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.clinic", Role.OrgAdmin, "Demo Clinic"),
        new("supervisor@demo.clinic", Role.Supervisor, "Demo Clinic"),
        new("clinician@demo.clinic", Role.Clinician, "Demo Clinic"),
        new("clinician2@demo.clinic", Role.Clinician, "Demo Clinic"),
        new("client@demo.clinic", Role.Client, "Demo Clinic"),
        new("client2@demo.clinic", Role.Client, "Demo Clinic"),
        new("client3@demo.clinic", Role.Client, "Demo Clinic"),
        new("clinician@other.clinic", Role.Clinician, "Other Clinic"),
        new("client@other.clinic", Role.Client, "Other Clinic"),
    ];

    public async Task<bool> SeedAsync(string password, CancellationToken ct)
    {
        if (await db.Organizations.AnyAsync(o => o.Name == "Demo Clinic", ct))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var demo = await seed.OrganizationAsync("Demo Clinic", ct);
        await seed.StaffAsync(demo, "admin@demo.clinic", "Avery Admin", Role.OrgAdmin, password, null, ct);
        var supervisor = await seed.StaffAsync(demo, "supervisor@demo.clinic", "Sam Supervisor", Role.Supervisor, password, null, ct);
        var clinician = await seed.StaffAsync(demo, "clinician@demo.clinic", "Casey Clinician", Role.Clinician, password, supervisor, ct);
        await seed.PhoneAsync(clinician, "+44 7700 900123", ct); // Ofcom's drama range: a number that reaches nobody
        var clinician2 = await seed.StaffAsync(demo, "clinician2@demo.clinic", "Jordan Clinician", Role.Clinician, password, supervisor, ct);
        var alex = await seed.ClientAsync(demo, clinician, "client@demo.clinic", "Alex", "Rivera", new DateOnly(1984, 3, 14),
            CareTrack.Burnout, "America/New_York", password, ct);
        var morgan = await seed.ClientAsync(demo, clinician, "client2@demo.clinic", "Morgan", "Lee", new DateOnly(1991, 7, 2),
            CareTrack.ChronicIllness, "America/Chicago", password, ct);
        await seed.ClientAsync(demo, clinician2, "client3@demo.clinic", "Taylor", "Kim", new DateOnly(1976, 11, 23),
            CareTrack.General, "America/Los_Angeles", password, ct);

        // In London: its clients see the UK's crisis lines, not the US ones.
        var other = await seed.OrganizationAsync("Other Clinic", ct, "GB");
        var otherClinician = await seed.StaffAsync(other, "clinician@other.clinic", "Riley Other", Role.Clinician, password, null, ct);
        await seed.ClientAsync(other, otherClinician, "client@other.clinic", "Jamie", "Park", new DateOnly(1988, 1, 9),
            CareTrack.Burnout, "Europe/London", password, ct);

        // The demo clinic works weekdays 09:00-17:00 in New York; Jordan is on call on weekday nights, Sam at weekends.
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        demo.SetCoverage(Coverage.Create(
            "America/New_York",
            weekdays.Select(d => new ServiceHours(d, new TimeOnly(9, 0), new TimeOnly(17, 0))).ToList(),
            [
                .. weekdays.Select(d => new OnCallShift(clinician2.Id.Value, d, new TimeOnly(17, 0), new TimeOnly(9, 0))),
                new OnCallShift(supervisor.Id.Value, DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(9, 0)),
                new OnCallShift(supervisor.Id.Value, DayOfWeek.Sunday, new TimeOnly(9, 0), new TimeOnly(9, 0)),
            ]).Value);

        // How responders reach Alex and Morgan in a crisis (fictional numbers from the reserved 555-01xx range).
        alex.SetContact(text.Protect("+1 212 555 0134"), new EmergencyContactInput("Jo Rivera", "+1 212 555 0187", "Partner").Protect(text));
        morgan.SetContact(text.Protect("+1 312 555 0142"), null);
        await db.SaveChangesAsync(ct);

        await PracticePlanAsync(alex, clinician.Id, ct);
        await ResultsAsync(alex, morgan, ct);
        await AlertAsync(demo, alex, clinician.Id, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Twelve weeks of results, so progress reports and supervision have something to show: Alex's PHQ-9 falls from 17
    /// to 8 (reliable improvement), with a weekly GAD-7 and a CBI every four weeks (burnout track) easing with it;
    /// Morgan's PHQ-9 rises from 8 to 15 in the last weeks (reliable deterioration, flagged).
    /// </summary>
    private async Task ResultsAsync(Client alex, Client morgan, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        int?[] Phq9(int total) => [.. Enumerable.Range(0, 8).Select(i => (int?)Math.Clamp(total - 3 * i, 0, 3)), 0];
        int[] alexCourse = [17, 16, 15, 15, 13, 12, 12, 11, 10, 9, 9, 8];
        int[] morganCourse = [8, 8, 7, 8, 9, 8, 9, 10, 12, 13, 14, 15];
        void Add(InstrumentDefinition instrument, Client client, int?[] answers, DateTimeOffset at) =>
            db.Assessments.Add(Check(Assessment.Record(instrument, client.OrganizationId, client.Id, answers, client.UserId, Role.Client, at)));
        for (var week = 0; week < 12; week++)
        {
            var at = now.AddDays(-7 * (11 - week) - 1);
            foreach (var (client, total) in new[] { (alex, alexCourse[week]), (morgan, morganCourse[week]) })
            {
                Add(InstrumentLibrary.Phq9, client, Phq9(total), at);
            }

            var level = alexCourse[week] / 27.0;
            Add(InstrumentLibrary.Gad7, alex, AtLevel(InstrumentLibrary.Gad7, level * 0.9), at.AddMinutes(4));
            if (week % 4 == 0)
            {
                Add(InstrumentLibrary.Cbi, alex, AtLevel(InstrumentLibrary.Cbi, level + 0.15), at.AddMinutes(9));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every item's option nearest <paramref name="level"/> (0: its lowest, 1: its highest), a little above or below by item.</summary>
    private static int?[] AtLevel(InstrumentDefinition instrument, double level) =>
        [.. instrument.Items.Select((item, i) =>
        {
            var options = item.Options.Select(o => o.Value).Order().ToArray();
            return (int?)options[(int)Math.Round(Math.Clamp(level + (i % 3 - 1) * 0.1, 0, 1) * (options.Length - 1))];
        })];

    /// <summary>
    /// An Elevated alert Casey raised for Alex five weeks ago after a hard session, acknowledged, followed up by phone
    /// the next day (a note), a safety plan written on that call, and resolved as reached and safe: the alert history of a
    /// progress report. Below High, so it plans no caring contacts; closing it cancels its deadlines.
    /// </summary>
    private async Task AlertAsync(Organization org, Client client, UserId clinician, CancellationToken ct)
    {
        var raisedAt = clock.GetUtcNow().AddDays(-36);
        var by = Actor.Person(clinician);
        var (alert, _) = Alert.Raise(org.Id, client.Id, clinician,
            new AlertTrigger(AlertSource.Clinician, RiskTier.Elevated, null, [], text.Protect("Said work feels unbearable; no plan or intent. Phoning tomorrow.")),
            org.EscalationPolicy, raisedAt, by);
        Check(alert.Acknowledge(clinician, raisedAt.AddMinutes(5)));
        Check(alert.AddNote(text.Protect("Phoned Alex: slept better, used the friend letter last night, no thoughts of self-harm."), by, raisedAt.AddDays(1)));
        Check(alert.Resolve(Disposition.ContactedSafe, text.Protect("Reached and safe; weekly sessions continue."), null, clinician, raisedAt.AddDays(1).AddMinutes(10)));
        db.Alerts.Add(alert);

        // The safety plan Casey and Alex wrote on that call (Stanley-Brown's seven parts), so the client's report shows one.
        var plan = Check(SafetyPlan.Create(client, 0, new SafetyPlanContent(
            ["Lying awake going over work", "Skipping meals and cancelling plans"],
            ["Slow breathing with a hand on my chest for five minutes", "Writing myself the friend letter"],
            ["Walk to the park café", "Call my sister about anything but work"],
            ["Jo (partner)", "My sister Dana"],
            ["Casey, my clinician, on weekdays", "988 Suicide & Crisis Lifeline, any time"],
            ["Leave the spare sleeping tablets with Jo"],
            ["Jo and our dog", "The trip we are planning for the spring"]), clinician, raisedAt.AddDays(1).AddMinutes(15)));
        plan.Seal(text.Protect);
        db.SafetyPlans.Add(plan);
        await db.SaveChangesAsync(ct);
    }

    private static T Check<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);

    /// <summary>
    /// Practice for Alex (burnout track) from two weeks ago to four weeks ahead: the friend letter daily, boundaries
    /// three times a week. Of the two weeks behind, most tasks done in the evening with distress ratings (one with a
    /// reflection), one skipped with a reason, the rest not recorded.
    /// </summary>
    private async Task PracticePlanAsync(Client client, UserId clinician, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var today = HomeworkStatuses.LocalDate(now, zone);
        var start = today.AddDays(-14);
        PlanItemSpec Item(string key, PracticeFrequency frequency)
        {
            var module = ModuleLibrary.Find(key)!;
            return new PlanItemSpec(module.Id, module.Current.Id, module.CurrentVersion, module.Current.Content.Title, frequency, start, today.AddDays(27));
        }

        var plan = PracticePlan.Create(
            client, text.Protect("Answer the inner critic kindly; protect two evenings a week from work."),
            text.Protect("Five minutes a day is plenty. Skipping is fine: tell me why, it helps us both."),
            [
                Item(ModuleLibrary.FriendLetter, PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value),
                Item(ModuleLibrary.BurnoutBoundaries, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, null).Value),
            ],
            start, null, clinician, now.AddDays(-15)).Value;
        db.PracticePlans.Add(plan);
        var tasks = plan.ExpandFrom(start);
        var past = tasks.Where(t => t.Date < today).ToList();
        var letter = ModuleLibrary.Find(ModuleLibrary.FriendLetter)!.Id;
        var reflected = past.Last(t => t.ModuleId == letter && t != past[^3]);
        for (var i = 0; i < past.Count; i++)
        {
            var task = past[i];
            var evening = task.Date.ToDateTime(new TimeOnly(20, 0));
            var at = new DateTimeOffset(evening, zone.GetUtcOffset(evening));
            if (task == past[^3])
            {
                Check(task.Skip(zone, text.Protect("Worked late; too tired to write."), null, "demo", client.UserId, at));
            }
            else if (task == reflected || i % 5 != 4)
            {
                var reflection = task == reflected ? text.Protect("Writing to myself as a friend would took the edge off a hard day at work.") : null;
                var before = 6 - i % 3;
                Check(task.Complete(zone, before, before - 2, null, reflection, null, "demo", client.UserId, at));
            }
        }

        db.HomeworkTasks.AddRange(tasks);
        await db.SaveChangesAsync(ct);
    }
}
