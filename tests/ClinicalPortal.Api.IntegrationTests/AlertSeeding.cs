using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Many clients with an alert each, for the tests that need volume: records without logins, alerts raised over the API.</summary>
public static class AlertSeeding
{
    public static async Task<List<Guid>> ClientsWithAlertsAsync(ClockedPortal portal, TestOrg org, int count, string tier = "High")
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = new List<Guid>();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var clinician = await db.Staff.FirstAsync(s => s.Id == new UserId(org.ClinicianA.Id), ct);
            for (var i = 0; i < count; i++)
            {
                var client = Client.Create(new OrganizationId(org.Id), UserId.New(), "Volume", $"Client{i:D4}", new DateOnly(1980, 1, 1),
                    $"volume{i}.{org.Tag}@test.clinic", CareTrack.Burnout, "America/New_York", clinician, DateTimeOffset.UtcNow).Value;
                db.Clients.Add(client);
                ids.Add(client.Id.Value);
            }

            await db.SaveChangesAsync(ct);
        }

        using var http = await portal.As(org.ClinicianA);
        foreach (var id in ids)
        {
            using var response = await http.PostAsJsonAsync($"/api/v1/clients/{id}/alerts", new { tier, reason = "seeded for a volume test" }, ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return ids;
    }
}
