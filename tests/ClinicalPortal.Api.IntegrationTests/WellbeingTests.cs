using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Wellbeing;
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
    private Task<List<Person>> MoreCliniciansAsync(TestOrg org, int count) =>
        StaffAsync(org, Role.Clinician, org.Supervisor.Id, Enumerable.Range(0, count).Select(i => ($"clinician-w{i}", $"Clinician W{i}")).ToList());

    /// <summary>Members of staff with logins, in the role, under the supervisor (or none), by e-mail name and display name.</summary>
    private async Task<List<Person>> StaffAsync(TestOrg org, Role role, Guid? supervisorId, IReadOnlyList<(string Email, string Name)> people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seed = ActivatorUtilities.CreateInstance<PeopleSeeder>(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = await db.Organizations.SingleAsync(o => o.Id == new OrganizationId(org.Id), Ct);
        var supervisor = supervisorId is { } id ? await db.Staff.SingleAsync(s => s.Id == new UserId(id), Ct) : null;
        var created = new List<Person>();
        foreach (var (name, display) in people)
        {
            var email = $"{name}.{org.Tag}@test.clinic";
            var member = await seed.StaffAsync(organization, email, $"{display} {org.Tag}", role, PortalApp.Password, supervisor, Ct);
            created.Add(new Person(member.Id.Value, email));
        }

        return created;
    }

    [Fact]
    public async Task AClinician_RecordsAndReadsTheirOwnCheckIns_AndNobodyElseSeesThem()
    {
        var org = await app.CreateOrgAsync();
        using var a = await org.As(org.ClinicianA);

        var created = await CheckInAsync(a, All(75)).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(75m, created.GetProperty("scales").GetProperty("personal").GetDecimal());
        Assert.Equal("high", created.GetProperty("bands").GetProperty("personal").GetString());
        // A high check-in signposts support, in the organisation's words (the default until it sets its own).
        Assert.Equal(WellbeingSupport.Default, created.GetProperty("support").GetString());
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
        Assert.Equal(HttpStatusCode.Forbidden, await ShareAsync(client, true).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await ShareAsync(admin, true).StatusAsync());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM wellbeing_checkins WHERE organization_id = @o", ("o", org.Id))); // the refused wrote nothing
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM wellbeing_sharing WHERE organization_id = @o", ("o", org.Id)));
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

        var optedOut = await ShareAsync(a, false).OkJsonAsync();
        Assert.False(optedOut.GetProperty("shareWithSupervisor").GetBoolean());
        Assert.False((await app.RowsAsync("SELECT shares_with_supervisor FROM wellbeing_sharing WHERE staff_id = @s", ("s", org.ClinicianA.Id)))[0]["shares_with_supervisor"] as bool? ?? true);
        Assert.Equal(3, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'wellbeing.sharing_set' AND outcome = 'Success'", ("o", org.Id)));
    }

    /// <summary>A check-in of a member dated <paramref name="at"/> (the API dates them now), scored by the domain.</summary>
    private async Task CheckInAtAsync(TestOrg org, Person member, int?[] answers, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.WellbeingCheckIns.Add(WellbeingCheckIn.Record(new OrganizationId(org.Id), new UserId(member.Id), Role.Clinician, answers, at).Value);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A member who opted in to sharing at <paramref name="since"/>.</summary>
    private async Task SharingSinceAsync(TestOrg org, Person member, DateTimeOffset since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.WellbeingSharings.Add(WellbeingSharing.Create(new UserId(member.Id), new OrganizationId(org.Id), true, since));
        await db.SaveChangesAsync(Ct);
    }

    private static int?[] Answers(int value) => [.. Enumerable.Repeat((int?)value, 19)];

    /// <summary>Personal and client-related answered at <paramref name="value"/>; only three of the seven work-related items (too few to score).</summary>
    private static int?[] WithoutWork(int value) => [.. Answers(value)[..6], value, value, value, null, null, null, null, .. Answers(value)[13..]];

    private static string Month(DateTimeOffset at) => at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ClosedMonths_AreShownOnlyForFiveOrMore_ScaleByScale_AndWhereNoSmallHiddenGroupRemains_ThenKeptAsTheyWere()
    {
        var org = await app.CreateOrgAsync();
        var team = new List<Person> { org.ClinicianA, org.ClinicianB };
        team.AddRange(await MoreCliniciansAsync(org, 5)); // seven under the supervisor
        var now = DateTimeOffset.UtcNow;
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 12, 0, 0, TimeSpan.Zero);
        DateTimeOffset MonthsAgo(int n) => thisMonth.AddMonths(-n).AddDays(3);
        await SharingSinceAsync(org, team[1], thisMonth.AddMonths(-12));
        await SharingSinceAsync(org, team[2], thisMonth.AddMonths(-12));

        // Four months ago: five contributors, none sharing; four answered too few work-related items.
        await CheckInAtAsync(org, team[0], Answers(50), MonthsAgo(4));
        foreach (var i in new[] { 3, 4, 5, 6 })
        {
            await CheckInAtAsync(org, team[i], WithoutWork(75), MonthsAgo(4));
        }

        // Three months ago: five contributors, two of them sharing: the other three would be revealed by subtraction.
        foreach (var i in new[] { 0, 1, 2, 5, 6 })
        {
            await CheckInAtAsync(org, team[i], Answers(50), MonthsAgo(3));
        }

        // Two months ago: all seven, two sharing, five hidden: shown. The first member's later check-in replaces their earlier one.
        for (var i = 0; i < 7; i++)
        {
            await CheckInAtAsync(org, team[i], Answers(25 * (i % 5)), MonthsAgo(2));
        }

        await CheckInAtAsync(org, team[0], Answers(100), MonthsAgo(2).AddDays(1));

        // Last month: four.
        for (var i = 0; i < 4; i++)
        {
            await CheckInAtAsync(org, team[i], Answers(100), MonthsAgo(1));
        }

        using var supervisor = await org.As(org.Supervisor);
        var view = await supervisor.GetAsync($"/api/v1/supervision/wellbeing?from={Month(MonthsAgo(4))}&to={Month(now)}", Ct).OkJsonAsync();
        var months = view.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(5, months.Count);

        var four = months[0];
        Assert.Equal((5, JsonValueKind.Null), (four.GetProperty("contributors").GetInt32(), four.GetProperty("suppressed").ValueKind));
        var scales = four.GetProperty("scales").EnumerateArray().ToDictionary(s => s.GetProperty("scale").GetString()!);
        Assert.Equal((5, 70m), (scales["personal"].GetProperty("scored").GetInt32(), scales["personal"].GetProperty("mean").GetDecimal()));
        Assert.Equal((1, "fewer_than_5"), (scales["workRelated"].GetProperty("scored").GetInt32(), scales["workRelated"].GetProperty("suppressed").GetString()));
        Assert.Equal(JsonValueKind.Null, scales["workRelated"].GetProperty("mean").ValueKind);

        Assert.Equal((5, "would_reveal_a_hidden_group"), (months[1].GetProperty("contributors").GetInt32(), months[1].GetProperty("suppressed").GetString()));

        var two = months[2];
        Assert.Equal((7, JsonValueKind.Null), (two.GetProperty("contributors").GetInt32(), two.GetProperty("suppressed").ValueKind));
        var personal = two.GetProperty("scales").EnumerateArray().Single(s => s.GetProperty("scale").GetString() == "personal");
        Assert.Equal(53.57m, personal.GetProperty("mean").GetDecimal()); // 100, 25, 50, 75, 100, 0, 25: 375 / 7
        // The PUMA study's categories: 25, 0, 25 low; 50 moderate; 75 high; 100, 100 severe.
        var bands = personal.GetProperty("bands");
        Assert.Equal((3, 1, 1, 2), (bands.GetProperty("low").GetInt32(), bands.GetProperty("moderate").GetInt32(), bands.GetProperty("high").GetInt32(), bands.GetProperty("severe").GetInt32()));

        Assert.Equal((4, "fewer_than_5"), (months[3].GetProperty("contributors").GetInt32(), months[3].GetProperty("suppressed").GetString()));
        Assert.Equal((false, "month_open"), (months[4].GetProperty("closed").GetBoolean(), months[4].GetProperty("suppressed").GetString()));
        Assert.Equal([team[1].Id, team[2].Id], view.GetProperty("individuals").EnumerateArray().Select(i => i.GetProperty("staffId").GetGuid()).Order());

        // Kept as computed: a fifth check-in for last month, or a member leaving the team, changes nothing shown for it.
        await CheckInAtAsync(org, team[4], Answers(0), MonthsAgo(1));
        await app.ExecuteAsync("UPDATE staff_members SET supervisor_id = NULL WHERE id = @s", ("s", team[6].Id));
        var again = await supervisor.GetAsync($"/api/v1/supervision/wellbeing?from={Month(MonthsAgo(4))}&to={Month(now)}", Ct).OkJsonAsync();
        Assert.Equal(
            view.GetProperty("months").EnumerateArray().Take(4).Select(m => m.GetRawText()),
            again.GetProperty("months").EnumerateArray().Take(4).Select(m => m.GetRawText()));

        // Opting in now shows only what comes next: no earlier check-in of this member appears.
        using (var first = await org.As(team[0]))
        {
            await ShareAsync(first, true).OkJsonAsync();
        }

        var afterOptIn = await supervisor.GetAsync($"/api/v1/supervision/wellbeing?from={Month(MonthsAgo(4))}&to={Month(now)}", Ct).OkJsonAsync();
        Assert.DoesNotContain(afterOptIn.GetProperty("individuals").EnumerateArray(), i => i.GetProperty("staffId").GetGuid() == team[0].Id);

        // The administrator: the organisation's own kept figures, never anyone's individual results.
        using var admin = await org.As(org.Admin);
        var forAdmin = await admin.GetAsync($"/api/v1/supervision/wellbeing?from={Month(MonthsAgo(3))}&to={Month(MonthsAgo(3))}", Ct).OkJsonAsync();
        Assert.Empty(forAdmin.GetProperty("individuals").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, forAdmin.GetProperty("months")[0].GetProperty("suppressed").ValueKind); // nobody shown, five hidden
        Assert.Equal(2, ClinicianLoad(forAdmin, org.ClinicianA.Id).GetProperty("activeClients").GetInt32());

        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.GetAsync("/api/v1/supervision/wellbeing", Ct).StatusAsync());
        var elsewhere = await app.CreateOrgAsync();
        using var foreign = await elsewhere.As(elsewhere.Supervisor);
        var theirs = await foreign.GetAsync($"/api/v1/supervision/wellbeing?from={Month(MonthsAgo(2))}&to={Month(MonthsAgo(2))}", Ct).OkJsonAsync();
        Assert.Equal(0, theirs.GetProperty("months")[0].GetProperty("contributors").GetInt32());
    }

    [Fact]
    public async Task TheSupportText_IsTheOrganisations_AndOnlyForAHighCheckIn()
    {
        var org = await app.CreateOrgAsync();
        using (var admin = await org.As(org.Admin))
        {
            var set = await admin.PutAsJsonAsync("/api/v1/organization/wellbeing-support",
                new { text = "  Call the staff support line on 0800 000 000, or talk to occupational health.  " }, Ct).OkJsonAsync();
            Assert.Equal(("Call the staff support line on 0800 000 000, or talk to occupational health.", false),
                (set.GetProperty("text").GetString(), set.GetProperty("isDefault").GetBoolean()));
            await admin.PutAsJsonAsync("/api/v1/organization/wellbeing-support", new { text = new string('x', 1001) }, Ct)
                .ProblemAsync(HttpStatusCode.BadRequest, field: "text");
        }

        using var clinician = await org.As(org.ClinicianA);
        var high = await CheckInAsync(clinician, All(100)).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Call the staff support line on 0800 000 000, or talk to occupational health.", high.GetProperty("support").GetString());
        var moderate = await CheckInAsync(clinician, All(50)).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, moderate.GetProperty("support").ValueKind);
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.Forbidden, await supervisor.PutAsJsonAsync("/api/v1/organization/wellbeing-support", new { text = "x" }, Ct).StatusAsync());
        var view = await supervisor.GetAsync("/api/v1/supervision/wellbeing", Ct).OkJsonAsync();
        Assert.Equal(ClinicalPortal.Application.Wellbeing.TeamWellbeingResponse.NotForPerformance, view.GetProperty("notice").GetString());
        Assert.Contains("never used for performance management", view.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingFiveOfSixToANewSupervisor_DoesNotRevealTheSixth_AndEveryoneInOneBandHidesTheBandCounts()
    {
        var org = await app.CreateOrgAsync();
        var team = new List<Person> { org.ClinicianA, org.ClinicianB };
        team.AddRange(await MoreCliniciansAsync(org, 4)); // six under the supervisor
        var now = DateTimeOffset.UtcNow;
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 12, 0, 0, TimeSpan.Zero).AddMonths(-1).AddDays(2);
        var twoMonthsAgo = lastMonth.AddMonths(-1);
        for (var i = 0; i < 6; i++)
        {
            await CheckInAtAsync(org, team[i], Answers(25 * (i % 5)), lastMonth);
            await CheckInAtAsync(org, team[i], Answers(75), twoMonthsAgo); // everyone "high" on the personal scale
        }

        using var supervisor = await org.As(org.Supervisor);
        var first = await supervisor.GetAsync($"/api/v1/supervision/wellbeing?from={Month(twoMonthsAgo)}&to={Month(lastMonth)}", Ct).OkJsonAsync();
        var allHigh = first.GetProperty("months")[0].GetProperty("scales").EnumerateArray().Single(s => s.GetProperty("scale").GetString() == "personal");
        Assert.Equal((75m, JsonValueKind.Null, "all_in_one_band"),
            (allHigh.GetProperty("mean").GetDecimal(), allHigh.GetProperty("bands").ValueKind, allHigh.GetProperty("bandsSuppressed").GetString()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("months")[1].GetProperty("suppressed").ValueKind); // six: shown

        // The attack: an administrator moves five of the six to a new supervisor account and reads both views.
        var second = (await StaffAsync(org, Role.Supervisor, null, [("supervisor-2", "Supervisor Two")])).Single();
        foreach (var member in team.Skip(1))
        {
            await app.ExecuteAsync("UPDATE staff_members SET supervisor_id = @s WHERE id = @m", ("s", second.Id), ("m", member.Id));
        }

        using var other = await app.ClientForAsync(second.Email);
        var five = await other.GetAsync($"/api/v1/supervision/wellbeing?from={Month(lastMonth)}&to={Month(lastMonth)}", Ct).OkJsonAsync();
        var month = five.GetProperty("months")[0];
        Assert.Equal((5, "too_close_to_another_group"), (month.GetProperty("contributors").GetInt32(), month.GetProperty("suppressed").GetString()));
        Assert.Equal(JsonValueKind.Null, month.GetProperty("scales").ValueKind);

        // The organisation's view of the same six: the same figures as the first supervisor's.
        using var admin = await org.As(org.Admin);
        var whole = await admin.GetAsync($"/api/v1/supervision/wellbeing?from={Month(lastMonth)}&to={Month(lastMonth)}", Ct).OkJsonAsync();
        Assert.Equal(first.GetProperty("months")[1].GetProperty("scales").GetRawText(), whole.GetProperty("months")[0].GetProperty("scales").GetRawText());
        Assert.Equal(2, await app.CountAsync(
            "SELECT count(*) FROM wellbeing_month_aggregates WHERE organization_id = @o AND suppressed IS NULL AND month = @m",
            ("o", org.Id), ("m", new DateOnly(lastMonth.Year, lastMonth.Month, 1))));
    }

    /// <summary>
    /// The three-view attack, as an administrator moving clinicians between supervisor accounts would make it, on last
    /// month: G1 = {a..f} (the supervisor's six), G2 = {a..e, g..k} (a..e moved to a second supervisor, with five new
    /// clinicians), G3 = {g..k} and <paramref name="extra"/> more (g..k moved to a third). Each pair is five or more apart;
    /// G1 - G2 + G3 = {f} when there is no extra. With <paramref name="fSharedThenOptedOut"/>, f shared their check-ins
    /// with the supervisor and opted out before any view. The three views' months, in order.
    /// </summary>
    private async Task<JsonElement[]> ThreeViewsAsync(TestOrg org, int extra, bool fSharedThenOptedOut)
    {
        var first = new List<Person> { org.ClinicianA, org.ClinicianB };
        first.AddRange(await MoreCliniciansAsync(org, 4));
        var now = DateTimeOffset.UtcNow;
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 12, 0, 0, TimeSpan.Zero).AddMonths(-1).AddDays(2);
        for (var i = 0; i < first.Count; i++)
        {
            await CheckInAtAsync(org, first[i], Answers(25 * (i % 5)), lastMonth);
        }

        if (fSharedThenOptedOut)
        {
            await SharingSinceAsync(org, first[5], lastMonth.AddMonths(-1));
            using var f = await org.As(first[5]);
            await ShareAsync(f, false).OkJsonAsync();
        }

        var query = $"/api/v1/supervision/wellbeing?from={Month(lastMonth)}&to={Month(lastMonth)}";
        using var supervisor = await org.As(org.Supervisor);
        var g1 = (await supervisor.GetAsync(query, Ct).OkJsonAsync()).GetProperty("months")[0];

        var (second, third) = ((await StaffAsync(org, Role.Supervisor, null, [("supervisor-2", "Supervisor Two")])).Single(),
            (await StaffAsync(org, Role.Supervisor, null, [("supervisor-3", "Supervisor Three")])).Single());
        foreach (var member in first.Take(5))
        {
            await app.ExecuteAsync("UPDATE staff_members SET supervisor_id = @s WHERE id = @m", ("s", second.Id), ("m", member.Id));
        }

        var ghijk = await StaffAsync(org, Role.Clinician, second.Id, Enumerable.Range(0, 5).Select(i => ($"clinician-g{i}", $"Clinician G{i}")).ToList());
        var extras = await StaffAsync(org, Role.Clinician, third.Id, Enumerable.Range(0, extra).Select(i => ($"clinician-x{i}", $"Clinician X{i}")).ToList());
        foreach (var (member, i) in ghijk.Concat(extras).Select((m, i) => (m, i)))
        {
            await CheckInAtAsync(org, member, Answers(25 * (i % 4)), lastMonth);
        }

        using var secondView = await app.ClientForAsync(second.Email);
        var g2 = (await secondView.GetAsync(query, Ct).OkJsonAsync()).GetProperty("months")[0];

        foreach (var member in ghijk)
        {
            await app.ExecuteAsync("UPDATE staff_members SET supervisor_id = @s WHERE id = @m", ("s", third.Id), ("m", member.Id));
        }

        using var thirdView = await app.ClientForAsync(third.Email);
        var g3 = (await thirdView.GetAsync(query, Ct).OkJsonAsync()).GetProperty("months")[0];
        return [g1, g2, g3];
    }

    private static (int Contributors, string? Suppressed) Shown(JsonElement month) =>
        (month.GetProperty("contributors").GetInt32(), month.GetProperty("suppressed").GetString());

    [Fact]
    public async Task ThreeViews_EachPairFiveOrMoreApart_DoNotRevealTheSixth()
    {
        var org = await app.CreateOrgAsync();

        var views = await ThreeViewsAsync(org, extra: 0, fSharedThenOptedOut: false);

        Assert.Equal((6, (string?)null), Shown(views[0]));
        Assert.Equal((10, (string?)null), Shown(views[1])); // six apart from the first
        // Five apart from the second and eleven from the first, but the first minus the second plus it is f alone.
        Assert.Equal((5, "too_close_to_another_group"), Shown(views[2]));
        Assert.Equal(JsonValueKind.Null, views[2].GetProperty("scales").ValueKind);
    }

    [Theory]
    [InlineData(true, "too_close_to_another_group")] // G1 - {f} - G2 + G3 = the extra one alone
    [InlineData(false, null)] // nobody shown one by one: G1 - G2 + G3 is f and the extra one together
    public async Task ACheckInSharedThenHiddenByAnOptOut_StillCountsAsShownBesideTheGroups(bool fShared, string? third)
    {
        var org = await app.CreateOrgAsync();

        var views = await ThreeViewsAsync(org, extra: 1, fSharedThenOptedOut: fShared);

        Assert.Equal((6, (string?)null), Shown(views[0])); // five hidden beside the one shared
        Assert.Equal((10, (string?)null), Shown(views[1]));
        Assert.Equal((6, third), Shown(views[2]));
    }

    [Fact]
    public async Task TwoViewsAtOnce_KeepOneSetOfFiguresPerMonth()
    {
        var org = await app.CreateOrgAsync();
        var team = new List<Person> { org.ClinicianA, org.ClinicianB };
        team.AddRange(await MoreCliniciansAsync(org, 3));
        var now = DateTimeOffset.UtcNow;
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 12, 0, 0, TimeSpan.Zero).AddMonths(-1).AddDays(2);
        foreach (var member in team)
        {
            await CheckInAtAsync(org, member, Answers(50), lastMonth);
        }

        using var supervisor = await org.As(org.Supervisor);
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            supervisor.GetAsync($"/api/v1/supervision/wellbeing?from={Month(lastMonth)}&to={Month(lastMonth)}", Ct).OkJsonAsync()));

        Assert.Equal(both[0].GetProperty("months").GetRawText(), both[1].GetProperty("months").GetRawText());
        Assert.Equal(5, both[0].GetProperty("months")[0].GetProperty("contributors").GetInt32());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM wellbeing_month_aggregates WHERE scope_id = @s", ("s", org.Supervisor.Id)));
    }

    [Fact]
    public async Task TheMonthStillOpen_ShowsNoLiveCount_AndNoFigures()
    {
        var org = await app.CreateOrgAsync();
        using (var a = await org.As(org.ClinicianA))
        {
            await CheckInAsync(a, All(75)).OkJsonAsync(HttpStatusCode.Created);
        }

        using var supervisor = await org.As(org.Supervisor);
        var current = (await supervisor.GetAsync("/api/v1/supervision/wellbeing", Ct).OkJsonAsync()).GetProperty("months").EnumerateArray().Last();

        // A count rising as people check in would tell who checked in, and when.
        Assert.Equal((Month(DateTimeOffset.UtcNow), JsonValueKind.Null, "month_open"),
            (current.GetProperty("month").GetString(), current.GetProperty("contributors").ValueKind, current.GetProperty("suppressed").GetString()));
        Assert.Equal(JsonValueKind.Null, current.GetProperty("scales").ValueKind);
    }

    private static JsonElement ClinicianLoad(JsonElement team, Guid clinicianId) =>
        team.GetProperty("load").EnumerateArray().Single(l => l.GetProperty("clinicianId").GetGuid() == clinicianId);

    [Theory]
    [InlineData("?from=2026-13", "from")]
    [InlineData("?to=26-01", "to")]
    [InlineData("?from=2026-06&to=2026-05", "to")]
    [InlineData("?from=2024-01&to=2026-01", "to")]
    [InlineData("?to=9999-12", "to")]
    [InlineData("?to=0001-03", "to")]
    [InlineData("?from=9999-01&to=9999-12", "from")]
    public async Task BadMonths_Are400sNamingTheField(string query, string field)
    {
        var org = await app.CreateOrgAsync();
        using var supervisor = await org.As(org.Supervisor);
        await supervisor.GetAsync($"/api/v1/supervision/wellbeing{query}", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: field);
    }
}
