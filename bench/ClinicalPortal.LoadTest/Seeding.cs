using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure;
using ClinicalPortal.DevTools.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.LoadTest;

internal sealed record SeededClient(Guid ClientId, string Email);

internal sealed record SeededOrganization(Guid OrganizationId, string ClinicianEmail, IReadOnlyList<SeededClient> Clients);

/// <summary>
/// One organisation, one clinician and N clients with known passwords, written through the
/// DevTools' <see cref="PeopleSeeder"/> (same DbContext and Identity as the API).
/// The Infrastructure's hosted services (audit sealer, outbox) are registered but never started here.
/// </summary>
internal static class Seeding
{
    public const string Password = "Bench!Passw0rd2026";

    /// <summary>Every seeded client's time zone.</summary>
    public const string TimeZone = "Europe/London";

    /// <summary>The value of a domain factory's result; a refusal stops the seeding with its error.</summary>
    public static T Check<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"seeding refused: {result.Error}");

    /// <summary>The DevTools' <see cref="PeopleSeeder"/> on the application's own DbContext and Identity (AddInfrastructure), in a scope of its own.</summary>
    public static SeedingScope People(string connectionString)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddInfrastructure(new ConfigurationBuilder().Build(), connectionString);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var scope = provider.CreateAsyncScope();
        return new SeedingScope(provider, scope, ActivatorUtilities.CreateInstance<PeopleSeeder>(scope.ServiceProvider));
    }

    public static async Task<SeededOrganization> SeedAsync(string connectionString, int clients, CancellationToken ct)
    {
        await using var people = People(connectionString);
        var seed = people.Seeder;

        var tag = Guid.NewGuid().ToString("N")[..8];
        var org = await seed.OrganizationAsync($"Bench Clinic {tag}", ct);
        var clinicianEmail = $"clinician.{tag}@bench.clinic";
        var clinician = await seed.StaffAsync(org, clinicianEmail, "Bench Clinician", Role.Clinician, Password, null, ct);
        var seeded = new List<SeededClient>(clients);
        for (var i = 0; i < clients; i++)
        {
            var email = $"client{i:00}.{tag}@bench.clinic";
            var client = await seed.ClientAsync(org, clinician, email, "Client", $"Bench{i:00}", new DateOnly(1980, 1, 1).AddDays(i * 97),
                CareTrack.General, TimeZone, Password, ct);
            seeded.Add(new SeededClient(client.Id.Value, email));
        }

        return new SeededOrganization(org.Id.Value, clinicianEmail, seeded);
    }
}

/// <summary>A <see cref="PeopleSeeder"/> with the provider and scope it lives in; disposing ends both.</summary>
internal sealed class SeedingScope(ServiceProvider provider, AsyncServiceScope scope, PeopleSeeder seeder) : IAsyncDisposable
{
    public PeopleSeeder Seeder { get; } = seeder;

    /// <summary>The scope's services (the DbContext, the health-text protector) for seeding beyond people.</summary>
    public IServiceProvider Services => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
