using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Submitting and reading scored assessments over HTTP.</summary>
public sealed class MeasureTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient http, Guid clientId, string instrument, int?[] answers, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/clients/{clientId}/assessments")
        {
            Content = JsonContent.Create(new { instrument, answers }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Instruments_AreListed_WithTheirDefinitions()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var list = await (await client.GetAsync("/api/v1/instruments", Ct)).ReadJsonAsync();
        var codes = list.EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Equal(["PHQ-9", "GAD-7", "PHQ-4", "PSS-10", "SCS-SF", "SCS", "CBI", "WHO-5", "K10", "C-SSRS-SCREEN"], codes);

        var phq9 = await (await client.GetAsync("/api/v1/instruments/phq-9", Ct)).ReadJsonAsync();
        Assert.Equal(9, phq9.GetProperty("items").GetArrayLength());
        Assert.Equal("44249-1", phq9.GetProperty("loincPanelCode").GetString());
        Assert.Equal("points", phq9.GetProperty("reliableChange").GetProperty("kind").GetString());
        Assert.Equal(6, phq9.GetProperty("reliableChange").GetProperty("points").GetDecimal());
        Assert.True(phq9.GetProperty("reliableChange").GetProperty("verified").GetBoolean());
        Assert.Contains("Developed by Drs. Robert L. Spitzer", phq9.GetProperty("licence").GetProperty("notice").GetString(), StringComparison.Ordinal);

        // The CBI: the PUMA study's categories, no clinical cut-off, and figures on internal consistency, marked unverified with the reason.
        var cbi = await (await client.GetAsync("/api/v1/instruments/CBI", Ct)).ReadJsonAsync();
        var personal = cbi.GetProperty("scoring").GetProperty("subscales").EnumerateArray().First();
        Assert.Equal(["low", "moderate", "high", "severe"], personal.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, personal.GetProperty("caseness").ValueKind);
        var figure = personal.GetProperty("reliableChange");
        Assert.Equal(("internalConsistency", false), (figure.GetProperty("reliabilityKind").GetString(), figure.GetProperty("verified").GetBoolean()));
        Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("unverifiedBecause").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/instruments/MBI", Ct)).StatusCode);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/instruments", Ct)).StatusCode);
    }

    [Fact]
    public async Task Submit_ScoresExactly_AndTheFirstResultHasNoChange()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var response = await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [2, 2, 2, 1, 1, 1, 1, 0, 0]);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(10, body.GetProperty("total").GetDecimal());
        Assert.Equal("moderate", body.GetProperty("severity").GetString());
        Assert.True(body.GetProperty("caseness").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("change").ValueKind);
        Assert.Empty(body.GetProperty("riskFlags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("crisisResources").ValueKind);
        Assert.Equal("Client", body.GetProperty("submittedByRole").GetString());
        Assert.Equal($"/api/v1/clients/{org.ClientA1.Id}/assessments/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Submit_MeanScoredInstrument_KeepsExactDecimals_AndSubscales()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        // SCS-SF: items 1,4,8,9,11,12 reversed (6 - x); total = mean of 12.
        var body = await (await SubmitAsync(clinician, org.ClientA1.Id, "SCS-SF", [1, 4, 3, 2, 5, 4, 3, 1, 2, 4, 2, 1])).ReadJsonAsync();
        // reversed: 5, 4, 3, 4, 5, 4, 3, 5, 4, 4, 4, 5 = 50 / 12
        Assert.Equal(50m / 12m, body.GetProperty("total").GetDecimal());
        Assert.Equal("high", body.GetProperty("severity").GetString());
        // self-kindness = mean of items 2 and 6 = (4 + 4) / 2; over-identification = mean of reversed items 1 and 9 = (5 + 4) / 2
        Assert.Equal(4m, body.GetProperty("subscales").GetProperty("selfKindness").GetDecimal());
        Assert.Equal("Clinician", body.GetProperty("submittedByRole").GetString());

        var read = await (await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments?instrument=SCS-SF", Ct)).ReadJsonAsync();
        Assert.Equal(50m / 12m, Assert.Single(read.EnumerateArray()).GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Change_AcrossThreeSubmissions_IsMeasuredFromBaselineAndPrevious()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [3, 3, 2, 2, 2, 2, 2, 1, 0]);   // 17 moderately severe
        await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [2, 2, 2, 1, 1, 1, 1, 1, 0]);   // 11 moderate
        var third = await (await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [1, 1, 1, 1, 0, 0, 0, 0, 0])).ReadJsonAsync(); // 4 minimal

        Assert.Equal(4, third.GetProperty("total").GetDecimal());
        var baseline = third.GetProperty("change").GetProperty("sinceBaseline");
        Assert.Equal(-13, baseline.GetProperty("difference").GetDecimal());
        Assert.Equal("improved", baseline.GetProperty("reliable").GetString());
        Assert.True(baseline.GetProperty("clinicallySignificant").GetBoolean());
        Assert.True(baseline.GetProperty("criterionVerified").GetBoolean()); // PHQ-9: 6 points, NHS Talking Therapies
        var previous = third.GetProperty("change").GetProperty("sincePrevious");
        Assert.Equal(-7, previous.GetProperty("difference").GetDecimal());
        Assert.Equal("improved", previous.GetProperty("reliable").GetString());
        Assert.True(previous.GetProperty("clinicallySignificant").GetBoolean());

        var series = (await (await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments?instrument=PHQ-9", Ct)).ReadJsonAsync())
            .EnumerateArray().ToList();
        Assert.Equal([17m, 11m, 4m], series.Select(s => s.GetProperty("total").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, series[0].GetProperty("change").ValueKind);
        var second = series[1].GetProperty("change").GetProperty("sincePrevious");
        Assert.Equal(-6, second.GetProperty("difference").GetDecimal());
        Assert.Equal("improved", second.GetProperty("reliable").GetString());
        // 17 -> 11 stays at or above the caseness cut-off of 10: reliable, not clinically significant.
        Assert.False(second.GetProperty("clinicallySignificant").GetBoolean());
    }

    [Fact]
    public async Task Change_OnAScaleWithUnverifiedFigures_SaysSo()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await SubmitAsync(client, org.ClientA1.Id, "K10", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
        var second = await (await SubmitAsync(client, org.ClientA1.Id, "K10", [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])).ReadJsonAsync();
        var change = second.GetProperty("change").GetProperty("sincePrevious");
        Assert.Equal(-20, change.GetProperty("difference").GetDecimal());
        // The K10's SD and reliability are recorded as not verified against a source (docs/clinical/instruments.md).
        Assert.False(change.GetProperty("criterionVerified").GetBoolean());
    }

    [Fact]
    public async Task IdempotentRetry_ReturnsTheFirstResult_AndStoresOnce_AnotherBodyIs409()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var key = Guid.NewGuid().ToString();
        var first = await SubmitAsync(client, org.ClientA1.Id, "GAD-7", [1, 1, 1, 1, 1, 1, 1], key);
        var retry = await SubmitAsync(client, org.ClientA1.Id, "GAD-7", [1, 1, 1, 1, 1, 1, 1], key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var a = await first.ReadJsonAsync();
        var b = await retry.ReadJsonAsync();
        Assert.Equal(a.GetProperty("id").GetGuid(), b.GetProperty("id").GetGuid());
        Assert.Equal(a.GetProperty("submittedAt").GetDateTimeOffset(), b.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));

        var other = await SubmitAsync(client, org.ClientA1.Id, "GAD-7", [2, 1, 1, 1, 1, 1, 1], key);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("idempotency_key_reused", (await other.ReadJsonAsync()).GetProperty("code").GetString());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task IdempotentRetries_SentAtOnce_StoreOnce()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SubmitAsync(client, org.ClientA1.Id, "WHO-5", [3, 3, 3, 3, 3], key)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = new HashSet<Guid>();
        foreach (var r in responses)
        {
            ids.Add((await r.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { "instrument", """{"instrument":"BDI-II","answers":[0,0,0]}""" },
        { "instrument", """{"answers":[0,0,0,0,0,0,0,0,0]}""" },
        { "answers", """{"instrument":"PHQ-9"}""" },
        { "answers", """{"instrument":"PHQ-9","answers":[0,0,0,0,0,0,0,0]}""" },
        { "answers[3]", """{"instrument":"PHQ-9","answers":[0,0,0,4,0,0,0,0,0]}""" },
        { "answers[8]", """{"instrument":"PHQ-9","answers":[0,0,0,0,0,0,0,0,null]}""" },
        { "answers[0]", """{"instrument":"GAD-7","answers":[-1,0,0,0,0,0,0]}""" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task Submit_WithBadInput_Is400NamingTheProblem_AndStoresNothing(string field, string json)
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var response = await client.PostAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments",
            new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM outbox_messages WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task Submit_ForAClientOutsideReach_Is404_AndSupervisorsCannotAnswer()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(clinicianB, org.ClientA1.Id, "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).StatusCode);
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(client, org.ClientA2.Id, "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).StatusCode);
        using var outsider = await other.As(other.ClinicianA);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(outsider, org.ClientA1.Id, "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", Ct)).StatusCode);
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(supervisor, org.ClientA1.Id, "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 0])).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task Submit_WithItem9Positive_StoresRiskFlags_ReturnsCrisisResources_AndRaisesTheAlertWithTheAnswers()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var body = await (await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [1, 1, 1, 1, 1, 1, 1, 1, 2])).ReadJsonAsync();

        var flag = Assert.Single(body.GetProperty("riskFlags").EnumerateArray());
        Assert.Equal("PHQ9_ITEM9", flag.GetProperty("code").GetString());
        Assert.Equal("High", flag.GetProperty("tier").GetString());
        var crisis = body.GetProperty("crisisResources");
        Assert.Equal("US", crisis.GetProperty("country").GetString());
        var text = crisis.ToString();
        Assert.Contains("988", text, StringComparison.Ordinal);
        Assert.Contains("HOME to 741741", text, StringComparison.Ordinal);
        Assert.Contains("911", text, StringComparison.Ordinal);
        Assert.Contains("not monitored in real time", crisis.GetProperty("notice").GetString(), StringComparison.Ordinal);

        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM assessments WHERE id = @id AND risk_flags::text LIKE '%PHQ9_ITEM9%'", ("id", id)));
        var alert = Assert.Single(await app.RowsAsync(
            "SELECT id, tier, status, clinician_id, created_at FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal(("High", "Open", org.ClinicianA.Id), ((string)alert["tier"]!, (string)alert["status"]!, (Guid)alert["clinician_id"]!));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM alert_events WHERE alert_id = @a AND kind = 'Raised' AND reference_id = @id AND 'PHQ9_ITEM9' = ANY(codes)",
            ("a", (Guid)alert["id"]!), ("id", id)));
        // High: the clinician has an hour before it goes to the supervisor.
        Assert.Equal(1, await app.CountAsync(
            """
            SELECT count(*) FROM alert_deadlines d JOIN alerts a ON a.id = d.alert_id
            WHERE d.alert_id = @a AND d.level = 1 AND d.fired_at IS NULL AND d.due_at = a.created_at + interval '60 minutes'
            """,
            ("a", (Guid)alert["id"]!)));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM notifications WHERE alert_id = @a AND recipient_user_id = @u AND round = 0", ("a", (Guid)alert["id"]!), ("u", org.ClinicianA.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM outbox_messages WHERE organization_id = @o AND type = 'risk.identified'", ("o", org.Id)));
    }

    [Fact]
    public async Task Submit_CssrsIntent_IsTheImminentTier_WithCrisisResources()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        // Q1 wish to be dead: yes; Q2 thoughts: yes; Q3 method: no; Q4 intent: yes; Q5 plan: no; Q6 behaviour: no; Q6b skipped.
        var response = await SubmitAsync(clinician, org.ClientA1.Id, "C-SSRS-SCREEN", [1, 1, 0, 1, 0, 0, null]);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var flags = body.GetProperty("riskFlags").EnumerateArray().ToList();
        Assert.Equal("Imminent", flags[0].GetProperty("tier").GetString());
        Assert.Equal("CSSRS_INTENT", flags[0].GetProperty("code").GetString());
        Assert.Contains(flags, f => f.GetProperty("code").GetString() == "CSSRS_WISH_DEAD");
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("crisisResources").ValueKind);
        Assert.Equal("Imminent", (string)Assert.Single(await app.RowsAsync(
            "SELECT tier FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)))["tier"]!);
    }

    [Fact]
    public async Task Submit_Cbi_HasNoTotal_ButThreeBandedScales()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        int?[] answers = [.. Enumerable.Repeat<int?>(75, 6), .. Enumerable.Repeat<int?>(50, 7), .. Enumerable.Repeat<int?>(25, 6)];
        var body = await (await SubmitAsync(client, org.ClientA1.Id, "CBI", answers)).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("total").ValueKind);
        var scales = body.GetProperty("subscales");
        Assert.Equal(75, scales.GetProperty("personal").GetDecimal());
        Assert.Equal(50, scales.GetProperty("workRelated").GetDecimal()); // the reversed work item: 100 - 50 = 50
        Assert.Equal(25, scales.GetProperty("clientRelated").GetDecimal());
        // The PUMA study's categories: 75 high, 50 moderate, 25 low; the CBI has no clinical cut-off, so never a case.
        Assert.Equal("high", body.GetProperty("subscaleBands").GetProperty("personal").GetString());
        Assert.Equal("moderate", body.GetProperty("subscaleBands").GetProperty("workRelated").GetString());
        Assert.Equal("low", body.GetProperty("subscaleBands").GetProperty("clientRelated").GetString());
        Assert.False(body.GetProperty("caseness").GetBoolean());
        // The clinician reads the answers with the reverse-scored item named: item 13, "enough energy for family and friends".
        Assert.Equal([13], body.GetProperty("reverseScoredItems").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Submit_WithItem9Zero_HasNoRiskAndNoCrisisResources()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var body = await (await SubmitAsync(client, org.ClientA1.Id, "PHQ-9", [3, 3, 3, 3, 3, 3, 3, 3, 0])).ReadJsonAsync();
        Assert.Equal("severe", body.GetProperty("severity").GetString());
        Assert.Empty(body.GetProperty("riskFlags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("crisisResources").ValueKind);
    }

    [Fact]
    public async Task ItemAnswers_AreShownToClientAndClinician_NotToSupervisorOrAdmin()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await SubmitAsync(client, org.ClientA1.Id, "GAD-7", [0, 1, 2, 3, 0, 1, 2]);
        foreach (var (person, visible) in new[] { (org.ClientA1, true), (org.ClinicianA, true), (org.Supervisor, false), (org.Admin, false) })
        {
            using var http = await org.As(person);
            var item = Assert.Single((await (await http.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", Ct)).ReadJsonAsync()).EnumerateArray());
            Assert.Equal(9, item.GetProperty("total").GetDecimal());
            Assert.Equal(visible, item.GetProperty("answers").ValueKind == JsonValueKind.Array);
        }
    }

    [Fact]
    public async Task SubmissionAndRead_AreAudited_WithoutAnswersOrScores()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var body = await (await SubmitAsync(clinician, org.ClientA1.Id, "K10", [5, 4, 3, 2, 1, 1, 2, 3, 4, 5])).ReadJsonAsync();
        await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", Ct);

        var submit = Assert.Single(await app.RowsAsync(
            "SELECT * FROM audit_events WHERE action = 'assessment.submit' AND organization_id = @o", ("o", org.Id)));
        Assert.Equal(body.GetProperty("id").GetGuid().ToString(), submit["resource_id"]);
        Assert.Equal(org.ClientA1.Id, submit["subject_client_id"]);
        Assert.Equal(201, submit["status_code"]);
        var read = Assert.Single(await app.RowsAsync(
            "SELECT * FROM audit_events WHERE action = 'assessment.list' AND organization_id = @o", ("o", org.Id)));
        Assert.Equal("Success", read["outcome"]);
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM audit_events e WHERE e.organization_id = @o AND (e::text LIKE '%\"total\"%' OR e::text LIKE '%answers\":[%')",
            ("o", org.Id)));
    }
}
