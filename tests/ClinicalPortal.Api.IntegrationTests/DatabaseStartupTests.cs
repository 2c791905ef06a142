using ClinicalPortal.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Instances that start at once on one database (a deployment, a scale-out) all start.</summary>
public sealed class DatabaseStartupTests(PortalApp app)
{
    [Fact]
    public async Task InstancesStartingAtOnce_AllRegisterTheOAuthClients_AndSeedTheModuleLibraryOnce_WithoutFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var portal = await ClockedPortal.StartAsync(app);
        // First on a database without the clients (every instance creates them), then with them (every instance updates them).
        await portal.ExecuteAsync("""DELETE FROM "OpenIddictApplications" """);
        foreach (var _ in new[] { "create", "update" })
        {
            var instances = Enumerable.Range(0, 8)
                .Select(_ => Task.Run(() => ActivatorUtilities.CreateInstance<DatabaseStartup>(portal.Services).StartingAsync(ct), ct));
            await Task.WhenAll(instances);
        }

        var clients = await portal.RowsAsync("""SELECT client_id FROM "OpenIddictApplications" ORDER BY client_id """);
        Assert.Equal(["portal-cli", "portal-integration", "portal-web"], clients.Select(c => (string)c["client_id"]!));
        // The host's own start seeded the library, then 16 more starts did: still each built-in module once, at its version.
        var modules = await portal.RowsAsync("""
            SELECT m.key, m.current_version, count(v.id) AS versions FROM modules m LEFT JOIN module_versions v ON v.module_id = m.id
            WHERE m.organization_id IS NULL GROUP BY m.key, m.current_version ORDER BY m.key
            """);
        Assert.Equal(Domain.Practice.ModuleLibrary.All.Count, modules.Count);
        Assert.All(modules, m =>
        {
            var version = Domain.Practice.ModuleLibrary.Find((string)m["key"]!)!.CurrentVersion;
            Assert.Equal((version, (long)version), ((int)m["current_version"]!, (long)m["versions"]!));
        });
    }
}
