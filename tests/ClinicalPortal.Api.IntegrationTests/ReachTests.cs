using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Me;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Who reaches whom: caseload, team, organisation, self; everything else is 404.</summary>
public sealed class ReachTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Me_ReturnsIdentityRoleAndOrganization_ForEachRole()
    {
        var org = await app.CreateOrgAsync();
        foreach (var (person, role) in new[]
                 {
                     (org.Admin, "OrgAdmin"), (org.Supervisor, "Supervisor"), (org.ClinicianA, "Clinician"), (org.ClientA1, "Client"),
                 })
        {
            using var http = await org.As(person);
            var me = await (await http.GetAsync("/api/v1/me", Ct)).ReadJsonAsync();
            Assert.Equal(person.Email, me.GetProperty("email").GetString());
            Assert.Equal(role, me.GetProperty("role").GetString());
            Assert.Equal(org.Id, me.GetProperty("organizationId").GetGuid());
            Assert.False(string.IsNullOrWhiteSpace(me.GetProperty("displayName").GetString()));
        }
    }

    [Fact]
    public async Task ListClients_IsCaseloadForClinician_TeamForSupervisor_OrganizationForAdmin()
    {
        var org = await app.CreateOrgAsync();
        async Task<Guid[]> ListAs(Person p)
        {
            using var http = await org.As(p);
            var list = await (await http.GetAsync("/api/v1/clients", Ct)).ReadAsync<List<ClientResponse>>();
            return list.Select(c => c.Id).Order().ToArray();
        }

        Assert.Equal(new[] { org.ClientA1.Id, org.ClientA2.Id }.Order(), await ListAs(org.ClinicianA));
        Assert.Equal(new[] { org.ClientB1.Id }, await ListAs(org.ClinicianB));
        Assert.Equal(new[] { org.ClientA1.Id, org.ClientA2.Id, org.ClientB1.Id }.Order(), await ListAs(org.Supervisor));
        Assert.Equal(new[] { org.ClientA1.Id, org.ClientA2.Id, org.ClientB1.Id }.Order(), await ListAs(org.Admin));
    }

    [Fact]
    public async Task GetClient_OutsideCaseload_Is404_AndInsideIs200()
    {
        var org = await app.CreateOrgAsync();
        using var clinicianA = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.OK, (await clinicianA.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianA.GetAsync($"/api/v1/clients/{org.ClientB1.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianA.GetAsync($"/api/v1/clients/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task GetClient_InAnotherOrganization_Is404_ForEveryRole()
    {
        var mine = await app.CreateOrgAsync();
        var theirs = await app.CreateOrgAsync();
        foreach (var person in new[] { theirs.Admin, theirs.Supervisor, theirs.ClinicianA, theirs.ClientA1 })
        {
            using var http = await theirs.As(person);
            var response = await http.GetAsync($"/api/v1/clients/{mine.ClientA1.Id}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Client_ReachesOnlyItself()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var me = await (await client.GetAsync("/api/v1/me", Ct)).ReadAsync<MeResponse>();
        Assert.Equal(org.ClientA1.Id, me.ClientId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/clients/{org.ClientA2.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/clients", Ct)).StatusCode);
        var create = await client.PostAsJsonAsync("/api/v1/clients", new { givenName = "X" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(3, await app.CountAsync("SELECT count(*) FROM clients WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task NoToken_Is401_AndGarbageToken_Is401()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/clients", Ct)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Transfer_MovesClientBetweenCaseloads()
    {
        var org = await app.CreateOrgAsync();
        using var clinicianA = await org.As(org.ClinicianA);
        using var clinicianB = await org.As(org.ClinicianB);
        var moved = await clinicianA.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/clinician", new { clinicianId = org.ClinicianB.Id }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(org.ClinicianB.Id, (await moved.ReadAsync<ClientResponse>()).ClinicianId);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianA.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinicianB.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Transfer_ToClinicianOfAnotherOrganization_Is400_AndNothingChanges()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var response = await admin.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/clinician", new { clinicianId = other.ClinicianA.Id }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("clinicianId", out _));
        var client = await (await admin.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).ReadAsync<ClientResponse>();
        Assert.Equal(org.ClinicianA.Id, client.ClinicianId);
    }

    [Fact]
    public async Task Transfer_OfClientOutsideReach_Is404()
    {
        var org = await app.CreateOrgAsync();
        using var clinicianB = await org.As(org.ClinicianB);
        var response = await clinicianB.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/clinician", new { clinicianId = org.ClinicianB.Id }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM clients WHERE id = @c AND clinician_id = @a", ("c", org.ClientA1.Id), ("a", org.ClinicianA.Id)));
    }

    [Fact]
    public async Task Staff_AdminCreatesClinicianWithSupervisor_OthersCannot()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var email = $"new-clinician.{org.Tag}@test.clinic";
        var created = await admin.PostAsJsonAsync("/api/v1/staff",
            new { email, displayName = "New Clinician", role = "Clinician", supervisorId = org.Supervisor.Id }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        Assert.Equal(org.Supervisor.Id, body.GetProperty("supervisorId").GetGuid());

        using var clinician = await org.As(org.ClinicianA);
        var refused = await clinician.PostAsJsonAsync("/api/v1/staff",
            new { email = $"x.{org.Tag}@test.clinic", displayName = "X", role = "Clinician" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM users WHERE email = @e", ("e", $"x.{org.Tag}@test.clinic")));
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.GetAsync("/api/v1/staff", Ct)).StatusCode);
    }

    [Fact]
    public async Task Staff_SetSupervisor_ForClinicianOfAnotherOrganization_Is404()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var otherAdmin = await other.As(other.Admin);
        var response = await otherAdmin.PutAsJsonAsync($"/api/v1/staff/{org.ClinicianA.Id}/supervisor",
            new { supervisorId = other.Supervisor.Id }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND supervisor_id = @s", ("c", org.ClinicianA.Id), ("s", org.Supervisor.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsJsonAsync($"/api/v1/staff/{org.ClinicianA.Id}/deactivate", new { reason = "x" }, Ct)).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND deactivated_at IS NOT NULL", ("c", org.ClinicianA.Id)));
    }

    [Fact]
    public async Task CreateClient_ByClinician_DefaultsToOwnCaseload_AndIsReadableBack()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var created = await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Dana", familyName = "Quinn", dateOfBirth = "1990-02-01",
            email = $"dana.{org.Tag}@test.clinic", track = "ChronicIllness", timeZone = "America/New_York",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = await created.ReadAsync<ClientResponse>();
        Assert.Equal(org.ClinicianA.Id, client.ClinicianId);
        Assert.Equal(new DateOnly(1990, 2, 1), client.DateOfBirth);
        Assert.Equal($"/api/v1/clients/{client.Id}", created.Headers.Location?.ToString());

        var read = await (await clinician.GetAsync($"/api/v1/clients/{client.Id}", Ct)).ReadAsync<ClientResponse>();
        Assert.Equal(client with { CreatedAt = read.CreatedAt }, read);
    }
}
