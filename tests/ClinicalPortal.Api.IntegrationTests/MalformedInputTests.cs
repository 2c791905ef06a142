using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Bad input is a 400 ProblemDetails naming the field or parameter, in every environment, and nothing is stored.</summary>
public sealed class MalformedInputTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadBodies => new()
    {
        { "instrument", "{\"instrument\": " },                               // malformed: named where the JSON breaks off
        { "body", "null" },
        { "body", "[]" },
        { "instrument", """{"instrument":123,"answers":[0,0,0,0,0,0,0,0,0]}""" },  // wrong type
        { "answers[1]", """{"instrument":"PHQ-9","answers":[0,"x",0,0,0,0,0,0,0]}""" },
        { "answers", """{"instrument":"PHQ-9","answers":{"a":1}}""" },
        { "extra", """{"instrument":"PHQ-9","answers":[0,0,0,0,0,0,0,0,0],"extra":""" + new string('[', 40) + new string(']', 40) + "}" }, // too deep
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Submit_WithAMalformedBody_Is400NamingTheField_AndStoresNothing(string field, string json)
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var response = await client.PostAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task ABodyThatIsNotJson_Is415ProblemDetails()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsync("/api/v1/clients", new StringContent("givenName=x", Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/audit?from=yesterday", "from")]
    [InlineData("/api/v1/audit?to=2026-11-25", "to")]
    [InlineData("/api/v1/audit?clientId=nope", "clientId")]
    [InlineData("/api/v1/audit?afterId=-3", "afterId")]
    [InlineData("/api/v1/audit?limit=abc", "limit")]
    [InlineData("/api/v1/clients?limit=abc", "limit")]
    [InlineData("/api/v1/clients?offset=1e3", "offset")]
    [InlineData("/api/v1/clients?status=gone", "status")]
    public async Task ABadQueryValue_Is400NamingTheParameter(string url, string parameter)
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var response = await admin.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("2026-11-25T09:00:00+01:00")]
    [InlineData("2026-11-25T09:00:00-05:00")]
    [InlineData("2026-11-25T09:00:00Z")]
    public async Task AuditWindow_WithAnyOffset_SelectsThatInstant(string from)
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var response = await admin.GetAsync($"/api/v1/audit?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString("2099-01-01T00:00:00+09:00")}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(events); // the organisation's own sign-ins, written just now
        Assert.All(events, e => Assert.True(e.GetProperty("occurredAt").GetDateTimeOffset() >= DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

        // The same instant written with another offset selects the same events; one minute later selects fewer.
        var now = DateTimeOffset.UtcNow;
        var later = await (await admin.GetAsync($"/api/v1/audit?from={Uri.EscapeDataString(now.AddMinutes(1).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture))}", Ct)).ReadJsonAsync();
        Assert.Empty(later.EnumerateArray());
    }

    [Theory]
    [InlineData("9999-12-31", "end")]
    [InlineData("2040-01-01", "end")]
    public async Task ASchedule_ThatWouldRunForDecades_Is400OnEnd_AndStoresNothing(string end, string field)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules",
            new { instrument = "PHQ-9", cadenceDays = 7, start = "2026-01-01", end }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM measure_schedules WHERE client_id = @c", ("c", org.ClientA1.Id)));
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/assessments/due", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnEmailWithANulByte_Is400()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Nul", familyName = "Byte", dateOfBirth = "1990-01-01", email = "nul\u0000byte@test.clinic", track = "General", timeZone = "Europe/Paris",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PasswordGrantAsync("nul\u0000byte@test.clinic", "x")).Status);
    }

    [Fact]
    public async Task AnUnknownInstrument_IsNotEchoedBack()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var huge = new string('X', 1_000_000);
        var response = await client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = huge, answers = new[] { 0 } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync(Ct)).Length < 2_000);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task AnIdempotencyKeyWithControlCharacters_Is400NamingTheHeader()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/clients/{org.ClientA1.Id}/assessments")
        {
            Content = JsonContent.Create(new { instrument = "WHO-5", answers = new[] { 1, 1, 1, 1, 1 } }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "key with spaces");
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task SetPassword_WithAUidThatIsNotAnId_ShowsTheInvalidLinkPage_AndIsAudited(string uid)
    {
        var before = await app.CountAsync("SELECT count(*) FROM audit_events WHERE action = 'auth.set-password' AND actor_user_id IS NULL");
        using var browser = new BrowserSession(app);
        var response = await browser.SubmitFormAsync($"/account/set-password?uid={uid}&token=abc",
            new Dictionary<string, string> { ["Password"] = "Long!Enough2026", ["Confirm"] = "Long!Enough2026" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no longer valid", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.CountAsync("SELECT count(*) FROM audit_events WHERE action = 'auth.set-password' AND actor_user_id IS NULL"));
    }
}
