using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Staff well-being over HTTP: one's own check-ins, the sharing choice, team aggregates with small-group suppression.</summary>
public sealed class WellbeingTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>All 19 CBI answers at <paramref name="value"/>: personal and client-related score it, work-related is pulled by its reversed item.</summary>
    private static int[] All(int value) => [.. Enumerable.Repeat(value, 19)];

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient http, int[] answers) =>
        http.PostAsJsonAsync("/api/v1/me/wellbeing-checkins", new { answers }, Ct);

    private static Task<HttpResponseMessage> ShareAsync(HttpClient http, bool share) =>
        http.PutAsJsonAsync("/api/v1/me/wellbeing-sharing", new { shareWithSupervisor = share }, Ct);

    /// <summary>More clinicians under the organisation's supervisor, with logins.</summary>
    private async Task<List<Person>> MoreCliniciansAsync(TestOrg org, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seed = ActivatorUtilities.CreateInstance<PeopleSeeder>(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = await db.Organizations.SingleAsync(o => o.Id == new OrganizationId(org.Id), Ct);
        var supervisor = await db.Staff.SingleAsync(s => s.Id == new UserId(org.Supervisor.Id), Ct);
        var people = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var email = $"clinician-w{i}.{org.Tag}@test.clinic";
            var member = await seed.StaffAsync(organization, email, $"Clinician W{i} {org.Tag}", Role.Clinician, PortalApp.Password, supervisor, Ct);
            people.Add(new Person(member.Id.Value, email));
        }

        return people;
    }

    [Fact]
    public async Task AClinician_RecordsAndReadsTheirOwnCheckIns_AndNobodyElseSeesThem()
    {
        var org = await app.CreateOrgAsync();
        using var a = await org.As(org.ClinicianA);

        var created = await CheckInAsync(a, All(75)).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(75m, created.GetProperty("scales").GetProperty("personal").GetDecimal());
        Assert.Equal("high", created.GetProperty("bands").GetProperty("personal").GetString());
        var mine = await a.GetAsync("/api/v1/me/wellbeing-checkins", Ct).OkJsonAsync();
        Assert.Equal([created.GetProperty("id").GetGuid()], mine.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        using var b = await org.As(org.ClinicianB);
        Assert.Equal(0, (await b.GetAsync("/api/v1/me/wellbeing-checkins", Ct).OkJsonAsync()).GetArrayLength());
        var audit = await app.RowsAsync(
            "SELECT subject_client_id, outcome FROM audit_events WHERE organization_id = @o AND action = 'wellbeing.checkin'", ("o", org.Id));
        Assert.Equal((null, "Success"), (Assert.Single(audit)["subject_client_id"], (string?)audit[0]["outcome"]));

        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, await CheckInAsync(client, All(50)).StatusAsync());
        using var admin = await org.As(org.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, await CheckInAsync(admin, All(50)).StatusAsync());
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name IN ('wellbeing_checkins', 'wellbeing_sharing') AND column_name LIKE '%client%'"));
    }

    [Fact]
    public async Task AnswersThatCannotBeScored_AreRefused_AndNothingIsStored()
    {
        var org = await app.CreateOrgAsync();
        using var a = await org.As(org.ClinicianA);

        await CheckInAsync(a, [.. All(50), 50]).ProblemAsync(HttpStatusCode.BadRequest, code: "wellbeing.answers_rejected"); // 20 answers
        await CheckInAsync(a, [.. All(50)[..18], 60]).ProblemAsync(HttpStatusCode.BadRequest, code: "wellbeing.answers_rejected"); // 60 is no option
        await a.PostAsJsonAsync("/api/v1/me/wellbeing-checkins", new { }, Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "answers");

        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM wellbeing_checkins WHERE organization_id = @o", ("o", org.Id)));
    }

    [Fact]
    public async Task SharingIsOffByDefault_AndTheChoiceHoldsUnderConcurrentChanges()
    {
        var org = await app.CreateOrgAsync();
        using var a = await org.As(org.ClinicianA);
        Assert.False((await a.GetAsync("/api/v1/me/wellbeing-sharing", Ct).OkJsonAsync()).GetProperty("shareWithSupervisor").GetBoolean());

        var both = await Task.WhenAll(ShareAsync(a, true), ShareAsync(a, true));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True((await a.GetAsync("/api/v1/me/wellbeing-sharing", Ct).OkJsonAsync()).GetProperty("shareWithSupervisor").GetBoolean());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM wellbeing_sharing WHERE staff_id = @s", ("s", org.ClinicianA.Id)));
        await a.PutAsJsonAsync("/api/v1/me/wellbeing-sharing", new { }, Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "shareWithSupervisor");
    }

    [Fact]
    public async Task TeamAggregates_AreHiddenUnderFive_AndWhereOptedInResultsWouldRevealAHiddenGroup()
    {
        var org = await app.CreateOrgAsync();
        var team = new List<Person> { org.ClinicianA, org.ClinicianB };
        team.AddRange(await MoreCliniciansAsync(org, 4));
        using var supervisor = await org.As(org.Supervisor);
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        async Task<JsonElement> ThisMonthAsync(HttpClient who) =>
            (await who.GetAsync($"/api/v1/supervision/wellbeing?from={month}&to={month}", Ct).OkJsonAsync());

        // Four contribute: too few.
        for (var i = 0; i < 4; i++)
        {
            using var member = await org.As(team[i]);
            await CheckInAsync(member, All(25 * (i % 4))).OkJsonAsync(HttpStatusCode.Created);
        }

        var four = (await ThisMonthAsync(supervisor)).GetProperty("months")[0];
        Assert.Equal((4, "fewer_than_5"), (four.GetProperty("contributors").GetInt32(), four.GetProperty("suppressed").GetString()));
        Assert.Equal(JsonValueKind.Null, four.GetProperty("scales").ValueKind);

        // Six: shown, over each member's latest check-in of the month.
        for (var i = 4; i < 6; i++)
        {
            using var member = await org.As(team[i]);
            await CheckInAsync(member, All(100)).OkJsonAsync(HttpStatusCode.Created);
        }

        using (var first = await org.As(team[0]))
        {
            await CheckInAsync(first, All(100)).OkJsonAsync(HttpStatusCode.Created); // replaces their 0 for the month
        }

        var six = await ThisMonthAsync(supervisor);
        var shown = six.GetProperty("months")[0];
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("suppressed").ValueKind);
        var personal = shown.GetProperty("scales").EnumerateArray().Single(s => s.GetProperty("scale").GetString() == "personal");
        Assert.Equal(75m, personal.GetProperty("mean").GetDecimal()); // 100, 25, 50, 75, 100, 100
        Assert.Equal((1, 5), (personal.GetProperty("bands").GetProperty("not high").GetInt32(), personal.GetProperty("bands").GetProperty("high").GetInt32()));
        Assert.Empty(six.GetProperty("individuals").EnumerateArray());

        // One opts in: five stay hidden, still shown. Two opt in: four hidden, the aggregate minus the two would reveal them.
        using (var sharer = await org.As(team[1]))
        {
            await ShareAsync(sharer, true).OkJsonAsync();
        }

        var one = await ThisMonthAsync(supervisor);
        Assert.Equal(JsonValueKind.Null, one.GetProperty("months")[0].GetProperty("suppressed").ValueKind);
        Assert.Equal([team[1].Id], one.GetProperty("individuals").EnumerateArray().Select(i => i.GetProperty("staffId").GetGuid()));
        using (var sharer = await org.As(team[2]))
        {
            await ShareAsync(sharer, true).OkJsonAsync();
        }

        var two = await ThisMonthAsync(supervisor);
        Assert.Equal("would_reveal_a_hidden_group", two.GetProperty("months")[0].GetProperty("suppressed").GetString());
        Assert.Equal(2, two.GetProperty("individuals").GetArrayLength());

        // The administrator: aggregates of the organisation, never anyone's individual results.
        using var admin = await org.As(org.Admin);
        var forAdmin = await ThisMonthAsync(admin);
        Assert.Empty(forAdmin.GetProperty("individuals").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, forAdmin.GetProperty("months")[0].GetProperty("suppressed").ValueKind);
        Assert.Equal(2, ClinicianLoad(forAdmin, org.ClinicianA.Id).GetProperty("activeClients").GetInt32());

        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.GetAsync("/api/v1/supervision/wellbeing", Ct).StatusAsync());
        var elsewhere = await app.CreateOrgAsync();
        using var foreign = await elsewhere.As(elsewhere.Supervisor);
        Assert.Equal(0, (await ThisMonthAsync(foreign)).GetProperty("months")[0].GetProperty("contributors").GetInt32());
    }

    private static JsonElement ClinicianLoad(JsonElement team, Guid clinicianId) =>
        team.GetProperty("load").EnumerateArray().Single(l => l.GetProperty("clinicianId").GetGuid() == clinicianId);

    [Theory]
    [InlineData("?from=2026-13", "from")]
    [InlineData("?to=26-01", "to")]
    [InlineData("?from=2026-06&to=2026-05", "to")]
    [InlineData("?from=2024-01&to=2026-01", "to")]
    public async Task BadMonths_Are400sNamingTheField(string query, string field)
    {
        var org = await app.CreateOrgAsync();
        using var supervisor = await org.As(org.Supervisor);
        await supervisor.GetAsync($"/api/v1/supervision/wellbeing{query}", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: field);
    }
}
