using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Service hours and the on-call rota: clients are told when the team is there; out of hours an alert goes to the on-call of that hour.</summary>
public sealed class CoverageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Weekdays(Guid onCall) => new
    {
        timeZone = "America/New_York",
        hours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(d => new { day = d, opens = "09:00", closes = "17:00" }),
        onCall = new[] { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }
            .Select(d => new { userId = onCall, day = d, starts = "17:00", ends = "09:00" }),
    };

    [Fact]
    public async Task TheAdministrator_SetsTheHoursAndRota_AndClientsAreToldWhenTheTeamIsThere()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        using var client = await org.As(org.ClientA1);
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await client.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync()).GetProperty("crisisResources").GetProperty("availability").ValueKind);

        var set = await admin.PutAsJsonAsync("/api/v1/organization/coverage", Weekdays(org.ClinicianB.Id), Ct).OkJsonAsync();

        var notice = "Your care team works Monday to Friday, 09:00 to 17:00 (New York time). At other times nobody from the team may see a message: use the crisis lines shown here.";
        Assert.Equal(notice, set.GetProperty("clientNotice").GetString());
        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(7, (await clinician.GetAsync("/api/v1/organization/coverage", Ct).OkJsonAsync()).GetProperty("onCall").GetArrayLength());
        Assert.Equal(notice, (await client.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync())
            .GetProperty("crisisResources").GetProperty("availability").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.PutAsJsonAsync("/api/v1/organization/coverage", Weekdays(org.ClinicianB.Id), Ct).StatusAsync());
    }

    [Fact]
    public async Task BadCoverage_IsAFourHundred_NamingEachField_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);

        async Task Refused(object body, params string[] fields)
        {
            var problem = await admin.PutAsJsonAsync("/api/v1/organization/coverage", body, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
            foreach (var field in fields)
            {
                Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
            }
        }

        await Refused(new { timeZone = "Mars/Olympus", hours = Array.Empty<object>(), onCall = Array.Empty<object>() }, "timeZone");
        await Refused(new { timeZone = "Europe/London", hours = new[] { new { day = "Caturday", opens = "9am", closes = "17:00" } }, onCall = Array.Empty<object>() },
            "hours[0].day", "hours[0].opens");
        await Refused(new { timeZone = "Europe/London", hours = new[] { new { day = "Monday", opens = "17:00", closes = "09:00" } }, onCall = Array.Empty<object>() },
            "hours[0]");
        await Refused(new { timeZone = "Europe/London", hours = Array.Empty<object>(), onCall = new[] { new { userId = other.ClinicianA.Id, day = "Monday", starts = "17:00", ends = "09:00" } } },
            "onCall[0].userId");
        await Refused(new { timeZone = "Europe/London" }, "hours", "onCall");

        Assert.Null((await app.RowsAsync("SELECT coverage FROM organizations WHERE id = @o", ("o", org.Id)))[0]["coverage"]);
    }

    [Fact]
    public async Task OutOfHours_AnAlertGoesAtOnceToTheOnCallOfThatHour_AndInHoursToTheClinicianAlone()
    {
        // Monday 2027-01-04 20:00 in New York (01:00 UTC on Tuesday): out of hours.
        var evening = new DateTimeOffset(2027, 1, 5, 1, 0, 0, TimeSpan.Zero);
        await using var portal = await ClockedPortal.StartAsync(app, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(evening));
        var org = await portal.CreateOrgAsync();
        using var admin = await portal.As(org.Admin);
        await admin.PutAsJsonAsync("/api/v1/organization/coverage", Weekdays(org.ClinicianB.Id), Ct).OkJsonAsync();
        using var client = await portal.As(org.ClientA1);

        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        Assert.Equal(new[] { org.ClinicianA.Id, org.ClinicianB.Id }.Order(), (await portal.NotifiedAsync(alert)).Where(n => n.Round == 0).Select(n => n.Recipient).Order());
        using var onCall = await portal.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.OK, await onCall.GetAlertAsync(alert).StatusAsync()); // told, so they reach it

        // Tuesday 10:00 in New York: in hours, the clinician alone.
        portal.Clock.Advance(TimeSpan.FromHours(14));
        using var client2 = await portal.As(org.ClientA2);
        await client2.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var second = await portal.AlertOfAsync(org.ClientA2.Id);
        Assert.Equal([org.ClinicianA.Id], (await portal.NotifiedAsync(second)).Where(n => n.Round == 0).Select(n => n.Recipient));
    }
}
