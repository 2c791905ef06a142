using System.Diagnostics;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The supervision benchmark's organisation, written through the domain's factories (results scored by the domain,
/// homework expanded from practice plans): by default 10,000 clients, 200 clinicians under 10 supervisors (20 each),
/// 100 results per client (1,000,000: PHQ-9 and GAD-7 weekly, and for the burnout track a CBI every other week
/// instead of some GAD-7s) and 200 days of daily homework per client (2,000,000 tasks), plus an open crisis alert for
/// one client in a hundred. Courses vary so every flag occurs: about 15 % of clients get reliably worse in the last
/// 60 days, 20 % stay flat, the rest improve; a fifth of clients do under 30 % of their homework. Deterministic
/// (one seed). Staff and clients have no logins except the first supervisor, who signs in to the benchmark.
/// </summary>
internal static class SupervisionData
{
    public const int ResultsPerClient = 100;
    public const int TasksPerClient = 200;
    public const int ClinciansPerSupervisor = 20;

    internal sealed record Seeded(Guid OrganizationId, string SupervisorEmail, Guid SupervisorId, int Clients, int Clinicians, long Results, long Tasks, int Alerts, TimeSpan Took);

    public static async Task<Seeded> AddAsync(string connectionString, int clients, int clinicians, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        if (await ExistingAsync(connectionString, clients, clinicians, ct) is { } existing)
        {
            Console.WriteLine($"  reusing {existing.Clients:N0} clients seeded earlier in this database (PORTAL_BENCH_DB)");
            return existing;
        }

        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..8];
        Guid organizationId;
        string supervisorEmail = $"supervisor.{tag}@bench.clinic";
        Guid supervisorId;
        var staff = new List<StaffMember>();
        await using (var people = Seeding.People(connectionString))
        {
            var org = await people.Seeder.OrganizationAsync($"{NamePrefix(clients, clinicians)}{tag}", ct);
            organizationId = org.Id.Value;
            var db = people.Services.GetRequiredService<PortalDbContext>();
            var supervisors = new List<StaffMember>
            {
                await people.Seeder.StaffAsync(org, supervisorEmail, "Bench Supervisor 00", Role.Supervisor, Seeding.Password, null, ct),
            };
            supervisorId = supervisors[0].Id.Value;
            for (var s = 1; s < (clinicians + ClinciansPerSupervisor - 1) / ClinciansPerSupervisor; s++)
            {
                var supervisor = Seeding.Check(StaffMember.Create(UserId.New(), org.Id, $"supervisor{s:00}.{tag}@bench.clinic", $"Bench Supervisor {s:00}", Role.Supervisor, now));
                db.Staff.Add(supervisor);
                supervisors.Add(supervisor);
            }

            for (var c = 0; c < clinicians; c++)
            {
                var clinician = Seeding.Check(StaffMember.Create(UserId.New(), org.Id, $"clinician{c:000}.{tag}@bench.clinic", $"Bench Clinician {c:000}", Role.Clinician, now));
                Seeding.Check(clinician.AssignSupervisor(supervisors[c / ClinciansPerSupervisor]));
                db.Staff.Add(clinician);
                staff.Add(clinician);
            }

            await db.SaveChangesAsync(ct);
        }

        long results = 0, tasks = 0;
        var alerts = 0;
        const int chunk = 100;
        for (var first = 0; first < clients; first += chunk)
        {
            await using var scope = Seeding.People(connectionString);
            var db = scope.Services.GetRequiredService<PortalDbContext>();
            var text = scope.Services.GetRequiredService<IHealthTextProtector>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = first; i < Math.Min(clients, first + chunk); i++)
            {
                var random = new Random(i);
                var clinician = staff[i % staff.Count];
                var track = (CareTrack)(i % 3);
                var zone = Seeding.TimeZone;
                var client = Seeding.Check(Client.Create(new OrganizationId(organizationId), UserId.New(), "Client", $"Bench{i:00000}",
                    new DateOnly(1960, 1, 1).AddDays(random.Next(0, 15000)), $"client{i:00000}.{tag}@bench.clinic", track, zone, clinician, now.AddDays(-400)));
                db.Clients.Add(client);
                results += AddResults(db, client, track, random, now);
                tasks += AddHomework(db, text, client, random, now);
                if (i % 100 == 7)
                {
                    var raisedAt = now.AddMinutes(-random.Next(1, 180));
                    var (alert, _) = Alert.Raise(client.OrganizationId, client.Id, clinician.Id,
                        new AlertTrigger(AlertSource.Clinician, RiskTier.High, null, ["bench"], null), EscalationPolicy.Default, raisedAt, Actor.Person(clinician.Id));
                    db.Alerts.Add(alert);
                    alerts++;
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            if ((first / chunk) % 10 == 9)
            {
                Console.WriteLine($"  {first + chunk} clients, {results:N0} results, {tasks:N0} tasks ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
            }
        }

        return new Seeded(organizationId, supervisorEmail, supervisorId, clients, clinicians, results, tasks, alerts, Stopwatch.GetElapsedTime(started));
    }

    private static string NamePrefix(int clients, int clinicians) => $"Supervision Bench {clients}x{clinicians} ";

    /// <summary>An organisation of this size seeded before in the same database (an external one, PORTAL_BENCH_DB), to reuse.</summary>
    private static async Task<Seeded?> ExistingAsync(string connectionString, int clients, int clinicians, CancellationToken ct)
    {
        await using var scope = Seeding.People(connectionString);
        var db = scope.Services.GetRequiredService<PortalDbContext>();
        var prefix = NamePrefix(clients, clinicians);
        var org = await db.Organizations.AsNoTracking().Where(o => o.Name.StartsWith(prefix)).OrderBy(o => o.CreatedAt).FirstOrDefaultAsync(ct);
        if (org is null)
        {
            return null;
        }

        var supervisor = await db.Staff.AsNoTracking().SingleAsync(s => s.OrganizationId == org.Id && s.DisplayName == "Bench Supervisor 00", ct);
        var results = await db.Assessments.LongCountAsync(a => a.OrganizationId == org.Id, ct);
        var tasks = await db.HomeworkTasks.LongCountAsync(t => t.OrganizationId == org.Id, ct);
        var alerts = await db.Alerts.CountAsync(a => a.OrganizationId == org.Id, ct);
        var seeded = await db.Clients.CountAsync(c => c.OrganizationId == org.Id, ct);
        return seeded == clients ? new Seeded(org.Id.Value, supervisor.Email, supervisor.Id.Value, clients, clinicians, results, tasks, alerts, TimeSpan.Zero) : null;
    }

    /// <summary>One result a week per instrument, 50 weeks back: PHQ-9 and GAD-7, the burnout track a CBI instead of every other GAD-7.</summary>
    private static int AddResults(PortalDbContext db, Client client, CareTrack track, Random random, DateTimeOffset now)
    {
        var course = random.Next(100); // <15 worse lately, <35 flat, else improving
        var weeks = ResultsPerClient / 2;
        for (var w = 0; w < weeks; w++)
        {
            var at = now.AddDays(-7 * (weeks - 1 - w) - 1).AddMinutes(-random.Next(0, 600));
            var progress = (double)w / (weeks - 1);
            var level = course switch
            {
                < 15 => at > now.AddDays(-50) ? 0.8 : 0.35,
                < 35 => 0.5,
                _ => 0.65 - 0.45 * progress,
            };
            db.Assessments.Add(YearOfData.Record(InstrumentLibrary.Phq9, client, level, at, random));
            var second = track == CareTrack.Burnout && w % 2 == 0 ? InstrumentLibrary.Cbi : InstrumentLibrary.Gad7;
            db.Assessments.Add(YearOfData.Record(second, client, level, at.AddMinutes(5), random));
        }

        return weeks * 2;
    }

    /// <summary>A daily practice plan over the last 200 days: each past day done (with ratings), skipped or left, at the client's rate.</summary>
    private static int AddHomework(PortalDbContext db, IHealthTextProtector text, Client client, Random random, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var today = HomeworkStatuses.LocalDate(now, zone);
        var first = today.AddDays(-(TasksPerClient - 1));
        var module = ModuleLibrary.Find(ModuleLibrary.FriendLetter)!;
        var plan = Seeding.Check(PracticePlan.Create(
            client, text.Protect("Answer the inner critic kindly."), null,
            [new PlanItemSpec(module.Id, module.Current.Id, module.CurrentVersion, module.Current.Content.Title,
                PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value, first, today)],
            first, null, client.ClinicianId, YearOfData.At(first, 8, zone)));
        db.PracticePlans.Add(plan);
        var rate = random.Next(5) == 0 ? 0.1 + 0.15 * random.NextDouble() : 0.5 + 0.4 * random.NextDouble();
        var expanded = plan.ExpandFrom(first);
        foreach (var task in expanded.Where(t => t.Date < today))
        {
            if (random.NextDouble() < rate)
            {
                var before = random.Next(2, 8);
                Seeding.Check(task.Complete(zone, before, Math.Max(0, before - random.Next(0, 3)), null, null, null, "bench", client.UserId, YearOfData.At(task.Date, 19, zone)));
            }
        }

        db.HomeworkTasks.AddRange(expanded);
        return expanded.Count;
    }
}
