using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>How responders reach a client in a crisis: phone and emergency contact, encrypted at rest, on the alert.</summary>
public sealed class ClientContactTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Contact = new
    {
        phone = "+44 20 7946 0958",
        emergencyContact = new { name = "Beth Alpha", phone = "+44 7700 900123", relationship = "Sister" },
    };

    [Fact]
    public async Task TheClinician_SetsThePhoneAndEmergencyContact_EncryptedAtRest_AndEveryoneTheAlertReachesSeesThem()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);

        var updated = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", Contact, Ct).OkJsonAsync();

        Assert.Equal("+44 20 7946 0958", updated.GetProperty("contact").GetProperty("phone").GetString());
        var read = (await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct).OkJsonAsync()).GetProperty("contact").GetProperty("emergencyContact");
        Assert.Equal(("Beth Alpha", "+44 7700 900123", "Sister"),
            (read.GetProperty("name").GetString(), read.GetProperty("phone").GetString(), read.GetProperty("relationship").GetString()));
        var stored = Assert.Single(await app.RowsAsync("SELECT phone_protected, emergency_contact_protected FROM clients WHERE id = @c", ("c", org.ClientA1.Id)));
        Assert.StartsWith("CfDJ8", (string)stored["phone_protected"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", (string)stored["phone_protected"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Beth", (string)stored["emergency_contact_protected"]!, StringComparison.Ordinal);
        var audit = Assert.Single(await app.RowsAsync(
            "SELECT details::text AS d FROM audit_events WHERE action = 'client.update' AND subject_client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Contains("phone", (string)audit["d"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", (string)audit["d"]!, StringComparison.Ordinal);

        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var supervisor = await org.As(org.Supervisor);
        var shown = (await supervisor.GetAlertAsync(alert).OkJsonAsync()).GetProperty("clientContact");
        Assert.Equal("+44 20 7946 0958", shown.GetProperty("phone").GetString());
        Assert.Equal("Sister", shown.GetProperty("emergencyContact").GetProperty("relationship").GetString());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'alert.read' AND resource_id = @a AND actor_user_id = @u", ("a", alert.ToString()), ("u", org.Supervisor.Id)));

        // Cleared with empty values.
        var cleared = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}",
            new { phone = "", emergencyContact = new { name = "", phone = "", relationship = "" } }, Ct).OkJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task BadContactDetails_AreFourHundreds_NamingTheField_AndOutsiders_ChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);

        async Task Refused(object body, string field)
        {
            var problem = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", body, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        await Refused(new { phone = "call me" }, "phone");
        await Refused(new { phone = "12345" }, "phone");
        await Refused(new { emergencyContact = new { name = "Beth", phone = "", relationship = "Sister" } }, "emergencyContact.phone");
        await Refused(new { emergencyContact = new { name = "", phone = "+44 7700 900123", relationship = "Sister" } }, "emergencyContact.name");
        await Refused(new { emergencyContact = new { name = "Beth", phone = "+44 7700 900123", relationship = "" } }, "emergencyContact.relationship");

        using var stranger = await other.As(other.ClinicianA);
        Assert.Equal(HttpStatusCode.NotFound, await stranger.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", Contact, Ct).StatusAsync());
        using var self = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, await self.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", Contact, Ct).StatusAsync());

        var stored = Assert.Single(await app.RowsAsync("SELECT phone_protected, emergency_contact_protected FROM clients WHERE id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal((DBNull.Value, DBNull.Value), (stored["phone_protected"] ?? DBNull.Value, stored["emergency_contact_protected"] ?? DBNull.Value));
    }
}
