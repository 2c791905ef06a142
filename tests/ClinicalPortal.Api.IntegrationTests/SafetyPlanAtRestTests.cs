using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A safety plan's entries are ciphertext at rest (ADR 0014); plans stored in clear earlier are sealed at start-up.</summary>
public sealed class SafetyPlanAtRestTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASavedPlan_IsStoredEncrypted_AndEveryReaderSeesItInClear()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new
        {
            warningSigns = new[] { "Not sleeping" },
            makingTheEnvironmentSafe = new[] { "Tablets kept by my partner" },
            reasonsForLiving = new[] { "My children" },
        }, Ct).OkJsonAsync(HttpStatusCode.Created);

        var row = Assert.Single(await app.RowsAsync(
            "SELECT array_to_string(warning_signs || making_the_environment_safe || reasons_for_living, '|') AS e FROM safety_plans WHERE client_id = @c",
            ("c", org.ClientA1.Id)));
        var stored = ((string)row["e"]!).Split('|');
        Assert.Equal(3, stored.Length);
        Assert.All(stored, e => Assert.StartsWith("CfDJ8", e, StringComparison.Ordinal));
        Assert.DoesNotContain("children", (string)row["e"]!, StringComparison.Ordinal);

        var read = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", Ct).OkJsonAsync();
        Assert.Equal(["Tablets kept by my partner"], read.GetProperty("makingTheEnvironmentSafe").EnumerateArray().Select(e => e.GetString()));
        using var client = await org.As(org.ClientA1);
        var mine = await client.GetAsync("/api/v1/me/safety-plan", Ct).OkJsonAsync();
        Assert.Equal(["My children"], mine.GetProperty("reasonsForLiving").EnumerateArray().Select(e => e.GetString()));
        var help = await client.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync();
        Assert.Equal(["Not sleeping"], help.GetProperty("safetyPlan").GetProperty("warningSigns").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task APlanStoredInClearBeforeTheChange_IsSealedAtStartUp_AndStillReads()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new { copingStrategies = new[] { "Walk the dog" } }, Ct)
            .OkJsonAsync(HttpStatusCode.Created);
        // A second version as an earlier release stored it: in clear, beside one sealed entry.
        await using (var db = await app.OpenDbAsync())
        {
            await using var insert = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO safety_plans (id, organization_id, client_id, version, warning_signs, coping_strategies, distraction_people_and_places,
                    people_to_ask_for_help, professionals_and_services, making_the_environment_safe, reasons_for_living, created_at, created_by)
                SELECT gen_random_uuid(), p.organization_id, p.client_id, 2, ARRAY['Legacy sign in clear'], p.coping_strategies, '{}', '{}', '{}', '{}',
                    ARRAY['Legacy reason'], now(), p.created_by
                FROM safety_plans p WHERE p.client_id = @c AND p.version = 1
                """, db);
            insert.Parameters.AddWithValue("c", org.ClientA1.Id);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await HealthTextBackfill.RunAsync(
                scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<IHealthTextProtector>(), Ct) >= 1);
        }

        var row = Assert.Single(await app.RowsAsync(
            "SELECT array_to_string(warning_signs || coping_strategies || reasons_for_living, '|') AS e FROM safety_plans WHERE client_id = @c AND version = 2",
            ("c", org.ClientA1.Id)));
        Assert.All(((string)row["e"]!).Split('|'), e => Assert.StartsWith("CfDJ8", e, StringComparison.Ordinal));
        var read = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", Ct).OkJsonAsync();
        Assert.Equal(2, read.GetProperty("version").GetInt32());
        Assert.Equal(["Legacy sign in clear"], read.GetProperty("warningSigns").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Walk the dog"], read.GetProperty("copingStrategies").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Legacy reason"], read.GetProperty("reasonsForLiving").EnumerateArray().Select(e => e.GetString()));
    }
}
