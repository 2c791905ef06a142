using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClinicalPortal.Application.Clients;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The invitation travels over a real SMTP conversation and lets the new client sign in.</summary>
public sealed partial class MailTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewClient_GetsAnInvitationBySmtp_WhoseLinkSetsAPasswordThatWorks()
    {
        var org = await app.CreateOrgAsync();
        var email = $"invitee.{org.Tag}@test.clinic";
        using var clinician = await org.As(org.ClinicianA);
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Ivy", familyName = "Invitee", dateOfBirth = "1993-05-06", email, track = "Burnout", timeZone = "America/New_York",
        }, Ct)).ReadAsync<ClientResponse>();

        var mail = await app.Mail.WaitForAsync(m => m.To.Contains(email), TimeSpan.FromSeconds(15));
        Assert.Equal("Your ClinicalPortal invitation", mail.Subject);
        Assert.DoesNotContain("Ivy", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Invitee", mail.TextBody, StringComparison.Ordinal);
        var link = new Uri(Link().Match(mail.TextBody).Value);

        using var browser = new BrowserSession(app);
        const string chosen = "Chosen!Passw0rd99";
        var set = await browser.SubmitFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = chosen, ["Confirm"] = chosen });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Your password is set", await set.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var token = await app.TokenAsync(email, chosen);
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var me = await (await api.GetAsync("/api/v1/me", Ct)).ReadJsonAsync();
        Assert.Equal(created.Id, me.GetProperty("clientId").GetGuid());

        // The link works once; the delivered outbox row no longer holds it.
        using var again = new BrowserSession(app);
        var reuse = await again.SubmitFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = "Other!Passw0rd99", ["Confirm"] = "Other!Passw0rd99" });
        Assert.Contains("no longer valid", await reuse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM outbox_messages WHERE organization_id = @o AND (status <> 'Done' OR payload::text <> '{}')", ("o", org.Id)));
        Assert.Equal(2, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'auth.set-password' AND organization_id = @o", ("o", org.Id)));
    }

    [GeneratedRegex(@"http://localhost/account/set-password\?\S+")]
    private static partial Regex Link();
}
