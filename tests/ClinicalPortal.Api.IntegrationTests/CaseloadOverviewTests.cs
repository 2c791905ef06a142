using System.Net;
using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Api.IntegrationTests.SupervisionSeeding;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>GET /api/v1/caseload: each reached client's latest scores with direction and reliable change, alerts, homework.</summary>
public sealed class CaseloadOverviewTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachClient_HasTheLatestScorePerInstrument_ItsDirection_AndReliableChangeSinceTheFirst()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(17), now.AddDays(-40));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(12), now.AddDays(-20));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(9), now.AddDays(-2));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Cbi, Cbi(50), now.AddDays(-2));
        await HomeworkAsync(app.Services, org.ClientA2.Id, daysAgo: 20, done: 10); // days -20 to -11: four of them in the last 14
        using var clinician = await org.As(org.ClinicianA);

        var caseload = await clinician.GetAsync("/api/v1/caseload", Ct).OkJsonAsync();

        Assert.Equal([org.ClientA1.Id, org.ClientA2.Id], caseload.EnumerateArray().Select(c => c.GetProperty("clientId").GetGuid()));
        var ann = caseload[0].GetProperty("instruments").EnumerateArray().ToList();
        Assert.Equal(["CBI", "PHQ-9"], ann.Select(t => t.GetProperty("instrument").GetString()));
        Assert.Equal(("personal", 50m, "first"), (ann[0].GetProperty("scale").GetString(), ann[0].GetProperty("latest").GetDecimal(), ann[0].GetProperty("direction").GetString()));
        Assert.Equal((9m, 12m, "better", "improved"),
            (ann[1].GetProperty("latest").GetDecimal(), ann[1].GetProperty("previous").GetDecimal(), ann[1].GetProperty("direction").GetString(),
             ann[1].GetProperty("reliableSinceFirst").GetString()));
        Assert.Equal((14, 4), (caseload[1].GetProperty("homeworkDue").GetInt32(), caseload[1].GetProperty("homeworkDone").GetInt32()));
        Assert.DoesNotContain("answers", caseload.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(3, (await supervisor.GetAsync("/api/v1/caseload", Ct).OkJsonAsync()).GetArrayLength());
        var attention = await supervisor.GetAsync("/api/v1/caseload?sort=attention", Ct).OkJsonAsync();
        Assert.Equal(org.ClientA2.Id, attention[0].GetProperty("clientId").GetGuid()); // the lowest homework completion
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/caseload", Ct).StatusAsync());
        await clinician.GetAsync("/api/v1/caseload?sort=risk", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "sort");
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'client.caseload_overview' AND actor_user_id = @u AND outcome = 'Success'",
            ("o", org.Id), ("u", org.ClinicianA.Id)));
    }
}
