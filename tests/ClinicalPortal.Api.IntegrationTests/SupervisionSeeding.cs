using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Records dated in the past for the supervision tests, written through the domain's own factories (results scored by
/// the domain, tasks expanded from a plan), since the API dates everything now.
/// </summary>
public static class SupervisionSeeding
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>PHQ-9 answers totalling <paramref name="total"/> (at most 24), item 9 always 0.</summary>
    public static int?[] Phq9(int total) =>
        [.. Enumerable.Range(0, 8).Select(i => (int?)Math.Clamp(total - 3 * i, 0, 3)), 0];

    /// <summary>CBI answers: the six personal items at <paramref name="personal"/>, the work and client items at 0.</summary>
    public static int?[] Cbi(int personal) => [.. Enumerable.Repeat((int?)personal, 6), .. Enumerable.Repeat((int?)0, 13)];

    /// <summary>A result of the client, scored by the domain and dated <paramref name="at"/>.</summary>
    public static async Task ResultAsync(IServiceProvider services, Guid clientId, InstrumentDefinition instrument, int?[] answers, DateTimeOffset at)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var client = await db.Clients.SingleAsync(c => c.Id == new ClientId(clientId), Ct);
        db.Assessments.Add(Assessment.Record(instrument, client.OrganizationId, client.Id, answers, client.UserId, Role.Client, at).Value);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// A daily friend-letter plan that began <paramref name="daysAgo"/> days ago in the client's calendar, with the first
    /// <paramref name="done"/> of the days before today done in the evening.
    /// </summary>
    public static async Task HomeworkAsync(IServiceProvider services, Guid clientId, int daysAgo, int done)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IHealthTextProtector>();
        var client = await db.Clients.SingleAsync(c => c.Id == new ClientId(clientId), Ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = DateTimeOffset.UtcNow;
        var today = HomeworkStatuses.LocalDate(now, zone);
        var first = today.AddDays(-daysAgo);
        var module = ModuleLibrary.Find(ModuleLibrary.FriendLetter)!;
        var plan = PracticePlan.Create(
            client, text.Protect("Be kind to yourself."), null,
            [new PlanItemSpec(module.Id, module.Current.Id, module.CurrentVersion, module.Current.Content.Title,
                PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value, first, today.AddDays(7))],
            first, null, client.ClinicianId, now.AddDays(-daysAgo - 1)).Value;
        db.PracticePlans.Add(plan);
        var tasks = plan.ExpandFrom(first);
        foreach (var task in tasks.Where(t => t.Date < today).Take(done))
        {
            var evening = task.Date.ToDateTime(new TimeOnly(20, 0));
            var at = new DateTimeOffset(evening, zone.GetUtcOffset(evening));
            if (!task.Complete(zone, 5, 3, null, null, null, "seed", client.UserId, at).IsSuccess)
            {
                throw new InvalidOperationException("the seeded task could not be completed");
            }
        }

        db.HomeworkTasks.AddRange(tasks);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A second team in the organisation: its supervisor, one clinician under them, one client of that clinician.</summary>
    public static async Task<(Person Supervisor, Person Clinician, Person Client)> OtherTeamAsync(IServiceProvider services, TestOrg org)
    {
        await using var scope = services.CreateAsyncScope();
        var seed = ActivatorUtilities.CreateInstance<PeopleSeeder>(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = await db.Organizations.SingleAsync(o => o.Id == new OrganizationId(org.Id), Ct);
        string Email(string who) => $"{who}.{org.Tag}@test.clinic";
        var supervisor = await seed.StaffAsync(organization, Email("supervisor-2"), "Supervisor Two " + org.Tag, Role.Supervisor, PortalApp.Password, null, Ct);
        var clinician = await seed.StaffAsync(organization, Email("clinician-c"), "Clinician C " + org.Tag, Role.Clinician, PortalApp.Password, supervisor, Ct);
        var client = await seed.ClientAsync(organization, clinician, Email("client-c1"), "Dara", "Delta", new DateOnly(1985, 4, 4),
            CareTrack.Burnout, "Europe/London", PortalApp.Password, Ct);
        return (new(supervisor.Id.Value, Email("supervisor-2")), new(clinician.Id.Value, Email("clinician-c")),
            new(client.Id.Value, Email("client-c1"), client.UserId.Value));
    }
}
