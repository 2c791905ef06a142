using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// A High or Imminent alert closes only with a documented risk assessment (NPSG 15.01.01), and as a false positive only
/// with a second person's co-signature; its deadlines run until then.
/// </summary>
public sealed class AlertAssessmentTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClosingAHighAlert_NeedsTheWholeAssessment_EachMissingPartNamed_AndNothingChanges()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created); // High
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        async Task Refused(object? assessment, params string[] fields)
        {
            var problem = await clinician.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe.", riskAssessment = assessment })
                .OkJsonAsync(HttpStatusCode.BadRequest);
            foreach (var field in fields)
            {
                Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
            }
        }

        await Refused(null, "riskAssessment");
        await Refused(new { }, "riskAssessment.level", "riskAssessment.rationale", "riskAssessment.safetyPlanReviewed",
            "riskAssessment.meansCounselling", "riskAssessment.nextContactAt");
        await Refused(new { level = "Fine", rationale = "x", safetyPlanReviewed = true, meansCounselling = true, nextContactAt = DateTimeOffset.UtcNow.AddDays(1) },
            "riskAssessment.level");
        await Refused(new { level = "Low", rationale = "x", safetyPlanReviewed = true, meansCounselling = true, nextContactAt = DateTimeOffset.UtcNow.AddHours(-1) },
            "riskAssessment.nextContactAt");
        await Refused(new { level = "Low", rationale = "x", safetyPlanReviewed = true, meansCounselling = true, nextContactAt = "soon" },
            "riskAssessment.nextContactAt");
        // The client has no safety plan on file: none can have been reviewed.
        await Refused(new { level = "Low", rationale = "x", safetyPlanReviewed = true, meansCounselling = true, nextContactAt = DateTimeOffset.UtcNow.AddDays(1) },
            "riskAssessment.safetyPlanReviewed");

        Assert.Equal(["Raised", "Notified"], await app.TimelineKindsAsync(alert));
        var row = Assert.Single(await app.RowsAsync("SELECT status, risk_assessment FROM alerts WHERE id = @a", ("a", alert)));
        Assert.Equal(("Open", (object?)DBNull.Value), ((string)row["status"]!, row["risk_assessment"] ?? DBNull.Value));
    }

    [Fact]
    public async Task ClosingAHighAlert_WithTheAssessment_ShowsIt_RecordsTheSafetyPlanOnFile_AndAuditsNoWords()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var plan = new
        {
            warningSigns = new[] { "Not sleeping" }, copingStrategies = new[] { "Walk" }, distractionPeopleAndPlaces = new[] { "Library" },
            peopleToAskForHelp = new[] { "Sister" }, professionalsAndServices = new[] { "GP" }, makingTheEnvironmentSafe = new[] { "Medicines locked away" },
            reasonsForLiving = new[] { "My children" },
        };
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", plan, Ct).OkJsonAsync(HttpStatusCode.Created);
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", plan, Ct).OkJsonAsync(HttpStatusCode.Created); // version 2
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // Imminent
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var next = DateTimeOffset.UtcNow.AddDays(1);

        var resolved = await clinician.ResolveAsync(alert, new
        {
            disposition = "SafetyPlanReviewed", note = "Went through the plan together.",
            riskAssessment = new { level = "Moderate", rationale = "Passive thoughts; no plan; sister staying over.", safetyPlanReviewed = true,
                meansCounselling = true, nextContactAt = next, supervisorConsulted = true },
        }).OkJsonAsync();

        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
        var assessment = resolved.GetProperty("riskAssessment");
        Assert.Equal(("Moderate", "Passive thoughts; no plan; sister staying over.", 2, true),
            (assessment.GetProperty("level").GetString(), assessment.GetProperty("rationale").GetString(),
                assessment.GetProperty("safetyPlanVersion").GetInt32(), assessment.GetProperty("supervisorConsulted").GetBoolean()));
        var audit = Assert.Single(await app.RowsAsync(
            "SELECT details::text AS d FROM audit_events WHERE action = 'alert.resolve' AND resource_id = @a AND outcome = 'Success'", ("a", alert.ToString())));
        var details = (string)audit["d"]!;
        Assert.Contains("\"level\": \"Moderate\"", details, StringComparison.Ordinal);
        Assert.Contains("\"safetyPlanVersion\": 2", details, StringComparison.Ordinal);
        Assert.DoesNotContain("sister", details, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Went through", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFalsePositiveOnAnImminentAlert_WaitsForASecondPerson_WhoIsNeverTheProposer()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // Imminent
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);

        var proposed = await clinician.ResolveAsync(alert, new { disposition = "FalsePositive", note = "Pressed by mistake, the client says.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();
        Assert.Equal(("AwaitingCosign", org.ClinicianA.Id), (proposed.GetProperty("status").GetString(), proposed.GetProperty("cosignRequestedBy").GetGuid()));
        Assert.Equal(JsonNull, proposed.GetProperty("resolvedAt").ValueKind);
        Assert.NotEqual(JsonNull, proposed.GetProperty("nextDeadlineAt").ValueKind);
        var version = proposed.GetProperty("version").GetInt32();

        // The proposer cannot co-sign; a clinician who is neither supervisor, administrator nor on call may not either.
        var self = await clinician.PostAsJsonAsync($"/api/v1/alerts/{alert}/cosign", new { note = "Agreed", expectedVersion = version }, Ct)
            .OkJsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal("alert.not_a_cosigner", self.GetProperty("code").GetString());
        using var colleague = await portal.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound,
            await colleague.PostAsJsonAsync($"/api/v1/alerts/{alert}/cosign", new { note = "Agreed", expectedVersion = version }, Ct).StatusAsync());

        // Meanwhile the first-contact deadline (Imminent: 60 minutes) still escalates.
        portal.Clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);

        using var supervisor = await portal.As(org.Supervisor);
        var cosigned = await supervisor.PostAsJsonAsync($"/api/v1/alerts/{alert}/cosign", new { note = "Agreed after calling the client.", expectedVersion = version }, Ct)
            .OkJsonAsync();
        Assert.Equal(("Resolved", "FalsePositive"), (cosigned.GetProperty("status").GetString(), cosigned.GetProperty("disposition").GetString()));
        Assert.Equal((org.ClinicianA.Id, org.Supervisor.Id), (cosigned.GetProperty("resolvedBy").GetGuid(), cosigned.GetProperty("cosignedBy").GetGuid()));
        Assert.Equal(0, await portal.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND fired_at IS NULL AND cancelled_at IS NULL", ("a", alert)));
        Assert.Equal(["CosignRequested", "Cosigned"], (await portal.TimelineKindsAsync(alert)).Where(k => k.StartsWith("Cosign", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ACosign_ProposerSupervisingThemselves_IsRefusedByName_AndNothingChanges()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 3).OkJsonAsync(HttpStatusCode.Created); // High
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var supervisor = await org.As(org.Supervisor);
        var proposed = await supervisor.ResolveAsync(alert, new { disposition = "FalsePositive", note = "Mistake.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();

        var refused = await supervisor.PostAsJsonAsync($"/api/v1/alerts/{alert}/cosign", new { note = "Agreed", expectedVersion = proposed.GetProperty("version").GetInt32() }, Ct)
            .OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("alert.cosign_same_person", refused.GetProperty("code").GetString());
        Assert.Equal("AwaitingCosign", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
        Assert.Equal(HttpStatusCode.BadRequest,
            await supervisor.PostAsJsonAsync($"/api/v1/alerts/{alert}/cosign", new { note = "Agreed" }, Ct).StatusAsync());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
