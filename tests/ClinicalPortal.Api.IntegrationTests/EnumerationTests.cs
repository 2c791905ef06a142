using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Registering an address that already signs in at another organisation answers exactly as a fresh address does
/// (ADR 0009): the caller learns nothing about the other organisation; the address's owner gets a notice instead of
/// an invitation. Within the caller's own organisation the clash is named.
/// </summary>
public sealed class EnumerationTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object NewClient(string email) => new
    {
        givenName = "Dana", familyName = "Quinn", dateOfBirth = "1990-02-01", email, track = "Burnout", timeZone = "Europe/Paris",
    };

    /// <summary>The response with everything that differs for any two records (ids, times, the address itself) blanked.</summary>
    private static string Shape(JsonElement body) => JsonSerializer.Serialize(body.EnumerateObject()
        .ToDictionary(p => p.Name, p => p.Name is "id" or "createdAt" or "email" ? "*" : p.Value.ToString()));

    [Fact]
    public async Task CreateClient_WithAnAddressOfAnotherOrganisation_AnswersAsForAFreshOne()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var fresh = await clinician.PostAsJsonAsync("/api/v1/clients", NewClient($"fresh.{org.Tag}@test.clinic"), Ct);
        var taken = await clinician.PostAsJsonAsync("/api/v1/clients", NewClient(other.ClientA1.Email), Ct);

        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal(fresh.Content.Headers.ContentType, taken.Content.Headers.ContentType);
        Assert.Equal(Shape(await fresh.ReadJsonAsync()), Shape(await taken.ReadJsonAsync()));

        // The other organisation's login is untouched; its owner is told, not invited.
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM users WHERE lower(email) = lower(@e)", ("e", other.ClientA1.Email)));
        var notice = await app.Mail.WaitForAsync(m => m.To.Contains(other.ClientA1.Email), TimeSpan.FromSeconds(15));
        Assert.Contains("already has a ClinicalPortal login", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("set-password", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Tag, notice.TextBody, StringComparison.Ordinal);
        var invitation = await app.Mail.WaitForAsync(m => m.To.Contains($"fresh.{org.Tag}@test.clinic"), TimeSpan.FromSeconds(15));
        Assert.Equal(invitation.Subject, notice.Subject);
    }

    [Fact]
    public async Task CreateStaff_WithAnAddressOfAnotherOrganisation_AnswersAsForAFreshOne()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var fresh = await admin.PostAsJsonAsync("/api/v1/staff", new { email = $"new.{org.Tag}@test.clinic", displayName = "New One", role = "Clinician" }, Ct);
        var taken = await admin.PostAsJsonAsync("/api/v1/staff", new { email = other.Supervisor.Email, displayName = "New One", role = "Clinician" }, Ct);
        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal(Shape(await fresh.ReadJsonAsync()), Shape(await taken.ReadJsonAsync()));
        Assert.Equal(other.Id, (Guid)(await app.RowsAsync("SELECT organization_id FROM users WHERE lower(email) = lower(@e)", ("e", other.Supervisor.Email)))[0]["organization_id"]!);
    }

    [Fact]
    public async Task RegisteringAnAddressTwice_AnswersTheSame_WhetherItIsFreeOrHasALoginElsewhere()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var fresh = $"twice.{org.Tag}@test.clinic";
        var answers = new List<HttpStatusCode>();
        foreach (var address in new[] { fresh, fresh, other.ClientB1.Email, other.ClientB1.Email })
        {
            answers.Add((await clinician.PostAsJsonAsync("/api/v1/clients", NewClient(address), Ct)).StatusCode);
        }

        // The second registration of an address is refused because this organisation already has it, whoever else does.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Created, HttpStatusCode.BadRequest], answers);
    }

    [Theory]
    [InlineData("o'brien")]
    [InlineData("josé")]
    [InlineData("a#b+c")]
    public async Task AnAddressWithCharactersBeyondLettersAndDigits_GetsALogin(string local)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var email = $"{local}.{org.Tag}@test.clinic";
        Assert.Equal(HttpStatusCode.Created, (await clinician.PostAsJsonAsync("/api/v1/clients", NewClient(email), Ct)).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM users WHERE email = @e", ("e", email)));
    }

    [Fact]
    public async Task CreateClient_WithAnAddressOfTheSameOrganisation_Is400OnEmail_AndStoresNothing()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PostAsJsonAsync("/api/v1/clients", NewClient(org.ClientB1.Email), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM outbox_messages WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task AClientRegisteredWithATakenAddress_GetsALoginOnceTheAddressIsCorrected()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", NewClient(other.ClinicianA.Email), Ct)).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var corrected = $"corrected.{org.Tag}@test.clinic";
        Assert.Equal(HttpStatusCode.OK, (await clinician.PatchAsJsonAsync($"/api/v1/clients/{id}", new { email = corrected }, Ct)).StatusCode);
        var invitation = await app.Mail.WaitForAsync(m => m.To.Contains(corrected), TimeSpan.FromSeconds(15));
        Assert.Contains("set-password", invitation.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM users u JOIN clients c ON c.user_id = u.id WHERE c.id = @c AND u.email = @e",
            ("c", id), ("e", corrected)));
    }
}
