using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Schedules decide what is due for a client now, in the client's own calendar.</summary>
public sealed class ScheduleTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schedule_MakesAnAssessmentDue_UntilItIsAnswered()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules",
            new { instrument = "PHQ-9", cadenceDays = 14, start = today }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schedule = await created.ReadJsonAsync();
        Assert.Equal(0, schedule.GetProperty("currentWindow").GetProperty("index").GetInt32());

        using var client = await org.As(org.ClientA1);
        var dueResponse = await client.GetAsync("/api/v1/me/assessments/due", Ct);
        Assert.True(dueResponse.IsSuccessStatusCode, await dueResponse.Content.ReadAsStringAsync(Ct));
        var due = Assert.Single((await dueResponse.ReadJsonAsync()).EnumerateArray());
        Assert.Equal("PHQ-9", due.GetProperty("instrument").GetString());
        Assert.Equal(9, due.GetProperty("itemCount").GetInt32());
        Assert.True(due.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(12));

        await client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments",
            new { instrument = "PHQ-9", answers = new[] { 0, 0, 1, 0, 0, 0, 0, 0, 0 } }, Ct);
        Assert.Empty((await (await client.GetAsync("/api/v1/me/assessments/due", Ct)).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Schedule_NotStartedYet_IsNotDue_AndIsListed()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/measure-schedules",
            new { instrument = "GAD-7", cadenceDays = 7, start = later }, Ct);
        using var client = await org.As(org.ClientA2);
        Assert.Empty((await (await client.GetAsync("/api/v1/me/assessments/due", Ct)).ReadJsonAsync()).EnumerateArray());
        var listed = Assert.Single((await (await clinician.GetAsync($"/api/v1/clients/{org.ClientA2.Id}/measure-schedules", Ct)).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("currentWindow").ValueKind);
    }

    [Theory]
    [InlineData("instrument", """{"instrument":"XYZ","cadenceDays":7,"start":"2026-01-01"}""")]
    [InlineData("cadenceDays", """{"instrument":"PHQ-9","cadenceDays":0,"start":"2026-01-01"}""")]
    [InlineData("cadenceDays", """{"instrument":"PHQ-9","start":"2026-01-01"}""")]
    [InlineData("start", """{"instrument":"PHQ-9","cadenceDays":7,"start":"01/01/2026"}""")]
    [InlineData("end", """{"instrument":"PHQ-9","cadenceDays":7,"start":"2026-02-01","end":"2026-01-01"}""")]
    public async Task Schedule_WithBadInput_Is400NamingTheField_AndStoresNothing(string field, string json)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM measure_schedules WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task Schedule_ByAnotherClinicianOrAClient_IsRefused()
    {
        var org = await app.CreateOrgAsync();
        using var clinicianB = await org.As(org.ClinicianB);
        var body = new { instrument = "PHQ-9", cadenceDays = 7, start = "2026-01-01" };
        Assert.Equal(HttpStatusCode.NotFound,
            (await clinicianB.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", body, Ct)).StatusCode);
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", body, Ct)).StatusCode);
        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.GetAsync("/api/v1/me/assessments/due", Ct)).StatusCode);
    }

    [Fact]
    public async Task Schedules_OutsideReach_Are404_AndNothingIsServedWithoutAToken()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinicianA = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Created, (await clinicianA.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules",
            new { instrument = "PHQ-9", cadenceDays = 7, start = "2026-01-01" }, Ct)).StatusCode);

        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", Ct)).StatusCode);
        using var outsider = await other.As(other.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", Ct)).StatusCode);
        using var anotherClient = await org.As(org.ClientA2);
        Assert.Equal(HttpStatusCode.NotFound, (await anotherClient.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", Ct)).StatusCode);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/assessments/due", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", Ct)).StatusCode);
    }
}
