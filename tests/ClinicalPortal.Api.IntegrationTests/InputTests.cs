using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Bad input is a 400 ProblemDetails naming the field, and nothing half-written is stored.</summary>
public sealed class InputTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadClients => new()
    {
        { "givenName", """{"givenName":"","familyName":"Q","dateOfBirth":"1990-01-01","email":"E","track":"Burnout","timeZone":"America/New_York"}""" },
        { "familyName", """{"givenName":"D","dateOfBirth":"1990-01-01","email":"E","track":"Burnout","timeZone":"America/New_York"}""" },
        { "dateOfBirth", """{"givenName":"D","familyName":"Q","dateOfBirth":"1990-02-30","email":"E","track":"Burnout","timeZone":"America/New_York"}""" },
        { "dateOfBirth", """{"givenName":"D","familyName":"Q","dateOfBirth":"2999-01-01","email":"E","track":"Burnout","timeZone":"America/New_York"}""" },
        { "email", """{"givenName":"D","familyName":"Q","dateOfBirth":"1990-01-01","email":"not-an-email","track":"Burnout","timeZone":"America/New_York"}""" },
        { "track", """{"givenName":"D","familyName":"Q","dateOfBirth":"1990-01-01","email":"E","track":"Anxiety","timeZone":"America/New_York"}""" },
        { "timeZone", """{"givenName":"D","familyName":"Q","dateOfBirth":"1990-01-01","email":"E","track":"Burnout","timeZone":"Moon/Tranquility"}""" },
        { "clinicianId", """{"givenName":"D","familyName":"Q","dateOfBirth":"1990-01-01","email":"E","track":"Burnout","timeZone":"America/New_York","clinicianId":"00000000-0000-0000-0000-000000000001"}""" },
    };

    [Theory]
    [MemberData(nameof(BadClients))]
    public async Task CreateClient_WithABadField_Is400NamingIt_AndStoresNothing(string field, string json)
    {
        var org = await app.CreateOrgAsync();
        var email = $"bad.{org.Tag}@test.clinic";
        using var clinician = await org.As(org.ClinicianA);
        var response = await PostWithEmailAsync(clinician, "/api/v1/clients", json, email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        await AssertNothingStoredAsync(org, email);
    }

    [Fact]
    public async Task CreateClient_WithAnEmailThatHasALogin_Is400_AndStoresNothing()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Dup", familyName = "Licate", dateOfBirth = "1990-01-01", email = org.ClientA1.Email,
            track = "General", timeZone = "Europe/Paris",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemDetails()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsync("/api/v1/clients", new StringContent("{\"givenName\": ", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
    }

    [Theory]
    [InlineData("role", """{"email":"E","displayName":"N","role":"OrgAdmin"}""")]
    [InlineData("role", """{"email":"E","displayName":"N","role":"Client"}""")]
    [InlineData("supervisorId", """{"email":"E","displayName":"N","role":"Supervisor","supervisorId":"00000000-0000-0000-0000-000000000001"}""")]
    [InlineData("email", """{"email":"nope","displayName":"N","role":"Clinician"}""")]
    [InlineData("displayName", """{"email":"E","displayName":"","role":"Clinician"}""")]
    public async Task CreateStaff_WithABadField_Is400NamingIt_AndStoresNothing(string field, string json)
    {
        var org = await app.CreateOrgAsync();
        var email = $"staff.{org.Tag}@test.clinic";
        using var admin = await org.As(org.Admin);
        var response = await PostWithEmailAsync(admin, "/api/v1/staff", json, email);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM users WHERE email = @e", ("e", email)));
        Assert.Equal(4, await app.CountAsync("SELECT count(*) FROM staff_members WHERE organization_id = @o", ("o", org.Id)));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("offset=-1")]
    public async Task ListClients_WithBadPaging_Is400(string query)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.GetAsync($"/api/v1/clients?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(query.Split('=')[0], out _));
    }

    /// <summary>Posts a JSON body whose placeholder e-mail "E" becomes this test's own address.</summary>
    private static Task<HttpResponseMessage> PostWithEmailAsync(HttpClient http, string url, string json, string email) =>
        http.PostAsync(url, new StringContent(json.Replace("\"E\"", $"\"{email}\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"), Ct);

    private async Task AssertNothingStoredAsync(TestOrg org, string email)
    {
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM users WHERE email = @e", ("e", email)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM outbox_messages WHERE organization_id = @o", ("o", org.Id)));
    }
}
