using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Practice plans and homework over HTTP: assign, do, skip, retry, reach, privacy, encryption at rest.</summary>
public sealed class PracticeTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AClientReadsOneOfTheirOwnTasks_WithWhatTheyRecorded_AndNobodyElseCan()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        var before = await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync();
        Assert.Equal(("Due", true), (before.GetProperty("status").GetString(), before.GetProperty("canRecord").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("reflection").ValueKind);

        await today.Client.CompleteAsync(today.Task, LetterDone()).OkJsonAsync();
        var after = await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync();
        Assert.Equal(("Done", false), (after.GetProperty("status").GetString(), after.GetProperty("canRecord").GetBoolean()));
        Assert.Equal("Writing it made me cry, then calmer.", after.GetProperty("reflection").GetString());
        Assert.Equal("Dear me, you did what you could.", after.GetProperty("responses")[1].GetProperty("text").GetString());

        // Another client of the same clinician, a client elsewhere, and staff (who read homework by client) cannot.
        using var ben = await org.As(org.ClientA2);
        await ben.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).ProblemAsync(HttpStatusCode.NotFound);
        var elsewhere = await app.CreateOrgAsync();
        using var stranger = await elsewhere.As(elsewhere.ClientA1);
        await stranger.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).ProblemAsync(HttpStatusCode.NotFound);
        await today.Clinician.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).ProblemAsync(HttpStatusCode.Forbidden);
        await today.Client.GetAsync($"/api/v1/me/homework/{Guid.NewGuid()}", Ct).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, await today.Client.GetAsync("/api/v1/me/homework/not-a-task-id", Ct).StatusAsync());
    }

    [Fact]
    public async Task AClinicianAssigns_TheClientSeesTodaysHomework_AndCompletesIt_OnceWhateverTheRetries()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        var plan = await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(6))).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(7, plan.GetProperty("tasksCreated").GetInt32());
        Assert.Equal("Notice the inner critic and answer it kindly", plan.GetProperty("goals").GetString());

        using var client = await org.As(org.ClientA1);
        var homework = (await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(7, homework.Count);
        var first = homework[0];
        Assert.Equal((Iso(today), "Due", FriendLetter), (first.GetProperty("date").GetString(), first.GetProperty("status").GetString(), first.GetProperty("moduleId").GetGuid()));
        Assert.Equal(Domain.Practice.ModuleLibrary.Find(Domain.Practice.ModuleLibrary.FriendLetter)!.Current.Content.Title, first.GetProperty("moduleTitle").GetString());
        Assert.Equal(2, first.GetProperty("moduleVersion").GetInt32());
        var task = first.GetProperty("id").GetGuid();

        var done = await client.CompleteAsync(task, LetterDone(), key: "retry-1").OkJsonAsync();
        Assert.Equal(("Done", false, false), (done.GetProperty("status").GetString(), done.GetProperty("late").GetBoolean(), done.GetProperty("reviewFlagged").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, done.GetProperty("crisisResources").ValueKind);

        // The same request again (a lost answer, a double tap): the same answer, nothing recorded twice.
        var again = await client.CompleteAsync(task, LetterDone(), key: "retry-1").OkJsonAsync();
        Assert.Equal(done.GetProperty("recordedAt").GetDateTimeOffset(), again.GetProperty("recordedAt").GetDateTimeOffset());
        await client.CompleteAsync(task, LetterDone(before: 2), key: "retry-1").ProblemAsync(HttpStatusCode.Conflict, "idempotency_key_reused");
        await client.CompleteAsync(task, LetterDone(), key: "another").ProblemAsync(HttpStatusCode.Conflict, "homework.already_recorded");
        await client.CompleteAsync(task, LetterDone()).ProblemAsync(HttpStatusCode.Conflict, "homework.already_recorded");

        var audit = await app.RowsAsync(
            "SELECT outcome FROM audit_events WHERE action = 'homework.complete' AND resource_id = @t ORDER BY occurred_at", ("t", task.ToString()));
        Assert.Equal(["Success", "Success", "Conflict", "Conflict", "Conflict"], audit.Select(a => (string)a["outcome"]!));
    }

    [Fact]
    public async Task Concurrent_Completions_OfOneTask_RecordItOnce()
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.CompleteAsync(task, LetterDone(), key: i % 2 == 0 ? "same" : $"k{i}").StatusAsync()));

        // Whichever came first is recorded; its key's retries replay it (200), every other request is a 409.
        var winner = (string)Assert.Single(await app.RowsAsync("SELECT idempotency_key FROM homework_tasks WHERE id = @t AND state = 'Done'", ("t", task)))["idempotency_key"]!;
        Assert.Equal(winner == "same" ? 3 : 1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, s.ToString()));
    }

    [Fact]
    public async Task Skip_NeedsAReason_AndTheClinicianSeesIt()
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, Break);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);

        await client.PostAsJsonAsync($"/api/v1/me/homework/{task}/skip", new { reason = "" }, Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "reason");
        var skipped = await client.PostAsJsonAsync($"/api/v1/me/homework/{task}/skip", new { reason = "Flare-up, in bed all day" }, Ct).OkJsonAsync();
        Assert.Equal("Skipped", skipped.GetProperty("status").GetString());

        var seen = Assert.Single((await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal(("Skipped", "Flare-up, in bed all day"), (seen.GetProperty("status").GetString(), seen.GetProperty("skipReason").GetString()));
    }

    [Fact]
    public async Task AnotherClientsTask_IsNotFound_AndStaysAsItWas()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);
        using var owner = await org.As(org.ClientA1);
        var task = await owner.FirstTaskAsync();

        using var other = await org.As(org.ClientA2);
        await other.CompleteAsync(task, LetterDone()).ProblemAsync(HttpStatusCode.NotFound);
        await other.PostAsJsonAsync($"/api/v1/me/homework/{task}/skip", new { reason = "not mine" }, Ct).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE id = @t AND state = 'Pending' AND recorded_at IS NULL", ("t", task)));
        Assert.Empty((await other.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Reach_OtherCaseloadsAndOrganisations_Answer404_RolesAnswer403_AndADeniedAssignmentWritesNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var outsider = await other.As(other.ClinicianA);
        using var colleague = await org.As(org.ClinicianB);
        using var supervisor = await org.As(org.Supervisor);
        using var client = await org.As(org.ClientA1);
        foreach (var stranger in new[] { outsider, colleague })
        {
            await stranger.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).ProblemAsync(HttpStatusCode.NotFound);
            await stranger.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/practice-plans", Ct).ProblemAsync(HttpStatusCode.NotFound);
            await stranger.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).ProblemAsync(HttpStatusCode.NotFound);
            await stranger.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/adherence", Ct).ProblemAsync(HttpStatusCode.NotFound);
        }

        await supervisor.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).ProblemAsync(HttpStatusCode.Forbidden);
        await client.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).ProblemAsync(HttpStatusCode.Forbidden);
        await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM practice_plans WHERE client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task TheSupervisor_SeesAdherence_ButNoneOfWhatTheClientWrote()
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);
        await client.CompleteAsync(task, LetterDone(before: 7, after: 4)).OkJsonAsync();

        var mine = Assert.Single((await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal("Writing it made me cry, then calmer.", mine.GetProperty("reflection").GetString());
        Assert.Equal("Dear me, you did what you could.", mine.GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("stepId").GetString() == "letter").GetProperty("text").GetString());

        using var supervisor = await org.As(org.Supervisor);
        var theirs = Assert.Single((await supervisor.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("reflection").ValueKind);
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("responses").ValueKind);
        Assert.True(theirs.GetProperty("textWithheld").GetBoolean());
        var plan = Assert.Single((await supervisor.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/practice-plans", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, true),
            (plan.GetProperty("goals").ValueKind, plan.GetProperty("noteToClient").ValueKind, plan.GetProperty("textWithheld").GetBoolean()));
        var adherence = await supervisor.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/adherence", Ct).OkJsonAsync();
        Assert.Equal(1, adherence.GetProperty("overall").GetProperty("done").GetInt32());
        var module = Assert.Single(adherence.GetProperty("modules").EnumerateArray());
        Assert.Equal((3m, 1), (module.GetProperty("distressChange").GetProperty("mean").GetDecimal(), module.GetProperty("distressChange").GetProperty("completions").GetInt32()));
        Assert.DoesNotContain("calmer", adherence.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreeText_IsEncryptedAtRest_SoPlainSqlNeverShowsIt()
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);
        await client.CompleteAsync(task, LetterDone(letter: "SECRET-LETTER-TEXT")).OkJsonAsync();

        var row = Assert.Single(await app.RowsAsync(
            "SELECT t.*, p.goals_protected, p.note_to_client_protected FROM homework_tasks t JOIN practice_plans p ON p.id = t.plan_id WHERE t.id = @t", ("t", task)));
        var everything = string.Join("|", row.Values.Select(v => v?.ToString()));
        Assert.DoesNotContain("SECRET-LETTER-TEXT", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("calmer", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("inner critic", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Five minutes", everything, StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", (string)row["reflection_protected"]!, StringComparison.Ordinal); // a Data Protection payload
        Assert.Equal((6, 3), ((int)row["distress_before"]!, (int)row["distress_after"]!)); // ratings stay queryable
    }

    [Theory]
    [InlineData(9, 2)]
    [InlineData(4, 10)]
    public async Task AHighDistressRating_FlagsAReview_AndShowsTheCrisisLines_WithoutACrisisAlert(int before, int after)
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);

        var done = await client.CompleteAsync(task, LetterDone(before, after)).OkJsonAsync();

        Assert.True(done.GetProperty("reviewFlagged").GetBoolean());
        Assert.Equal("US", done.GetProperty("crisisResources").GetProperty("country").GetString());
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)));
        var seen = Assert.Single((await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync()).EnumerateArray());
        Assert.True(seen.GetProperty("reviewFlagged").GetBoolean());
    }

    [Theory]
    [InlineData(2, 4, null)]
    [InlineData(2, 5, "distress_rise")]
    [InlineData(5, 9, "distress_high distress_rise")]
    [InlineData(9, 3, "distress_high")]
    public async Task ARiseInDistressOfThreeOrMore_IsFlaggedForReview_WithTheRiseAsItsReason(int before, int after, string? reasons)
    {
        var org = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);

        var done = await client.CompleteAsync(task, LetterDone(before, after)).OkJsonAsync();

        Assert.Equal(reasons is not null, done.GetProperty("reviewFlagged").GetBoolean());
        // The crisis lines come with a rating of 9 or 10, as before; a rise alone is for the clinician's look.
        Assert.Equal(reasons?.Contains("distress_high", StringComparison.Ordinal) == true, done.GetProperty("crisisResources").ValueKind == JsonValueKind.Object);
        var flags = (await clinician.GetAsync("/api/v1/homework/review-flags", Ct).OkJsonAsync()).EnumerateArray().ToList();
        if (reasons is null)
        {
            Assert.Empty(flags);
            return;
        }

        var flag = Assert.Single(flags);
        Assert.Equal(task, flag.GetProperty("taskId").GetGuid());
        var shown = flag.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Equal(reasons.Split(' '), shown.Select(r => r.GetProperty("code").GetString()));
        if (shown.SingleOrDefault(r => r.GetProperty("code").GetString() == "distress_rise") is { ValueKind: JsonValueKind.Object } rise)
        {
            Assert.Equal(after - before, rise.GetProperty("rise").GetInt32());
            Assert.Equal($"Distress rose by {after - before} during the practice (before {before}, after {after})", rise.GetProperty("text").GetString());
        }

        var reviewed = await clinician.PostAsync($"/api/v1/homework/{task}/review", null, Ct).OkJsonAsync();
        Assert.Equal(reasons.Split(' '), reviewed.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ReviewFlags_ReachTheClientsCareTeam_AndEndWhenTheClinicianHasLooked()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var assigned = await TodaysTaskAsync(org, FriendLetter);
        var (clinician, client, task) = (assigned.Clinician, assigned.Client, assigned.Task);
        await client.CompleteAsync(task, LetterDone(before: 10, after: 9)).OkJsonAsync();

        async Task<List<Guid>> FlagsOf(HttpClient http) =>
            (await http.GetAsync("/api/v1/homework/review-flags", Ct).OkJsonAsync()).EnumerateArray().Select(f => f.GetProperty("taskId").GetGuid()).ToList();
        using var supervisor = await org.As(org.Supervisor);
        using var colleague = await org.As(org.ClinicianB);
        using var outsider = await other.As(other.ClinicianA);
        Assert.Equal([task], await FlagsOf(clinician));
        Assert.Equal([task], await FlagsOf(supervisor));
        Assert.Empty(await FlagsOf(colleague));
        Assert.Empty(await FlagsOf(outsider));
        Assert.DoesNotContain("Dear me", (await clinician.GetAsync("/api/v1/homework/review-flags", Ct).OkJsonAsync()).GetRawText(), StringComparison.Ordinal);

        await supervisor.PostAsync($"/api/v1/homework/{task}/review", null, Ct).ProblemAsync(HttpStatusCode.Forbidden);
        await outsider.PostAsync($"/api/v1/homework/{task}/review", null, Ct).ProblemAsync(HttpStatusCode.NotFound);
        await colleague.PostAsync($"/api/v1/homework/{task}/review", null, Ct).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE id = @t AND reviewed_at IS NULL", ("t", task)));

        var reviewed = await clinician.PostAsync($"/api/v1/homework/{task}/review", null, Ct).OkJsonAsync();
        Assert.Equal(org.ClinicianA.Id, reviewed.GetProperty("reviewedBy").GetGuid());
        // Reviewed again (by the administrator, twice at once): the first review is kept.
        using var admin = await org.As(org.Admin);
        var again = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => admin.PostAsync($"/api/v1/homework/{task}/review", null, Ct).OkJsonAsync()));
        Assert.All(again, r => Assert.Equal(
            (org.ClinicianA.Id, reviewed.GetProperty("reviewedAt").GetDateTimeOffset()),
            (r.GetProperty("reviewedBy").GetGuid(), r.GetProperty("reviewedAt").GetDateTimeOffset())));
        Assert.Empty(await FlagsOf(clinician));
        Assert.Empty(await FlagsOf(supervisor));
    }

    [Fact]
    public async Task APlan_TakesTheOrganisationsOwnModules_AtTheirCurrentVersion_ButNoOtherOrganisations()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        object Module(string title) => new
        {
            title, summary = "A short practice.", components = new[] { "Mindfulness" }, tracks = new[] { "General" }, estimatedMinutes = 5,
            instructions = "Sit comfortably.", steps = new object[] { new { id = "breathe", kind = "Practice", title = "Breathe", body = "Notice the breath.", minutes = 3 } },
        };
        using var outsider = await other.As(other.ClinicianA);
        var theirs = (await outsider.PostAsJsonAsync("/api/v1/modules", Module("Theirs"), Ct).OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var clinician = await org.As(org.ClinicianA);
        var ours = (await clinician.PostAsJsonAsync("/api/v1/modules", Module("Ours"), Ct).OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await clinician.PutAsJsonAsync($"/api/v1/modules/{ours}", Module("Ours, revised"), Ct).OkJsonAsync();

        await clinician.AssignAsync(org.ClientA1.Id, Daily(theirs, today, today)).ProblemAsync(HttpStatusCode.BadRequest, field: "items[0].moduleId");
        var plan = await clinician.AssignAsync(org.ClientA1.Id, Daily(ours, today, today)).OkJsonAsync(HttpStatusCode.Created);
        var item = Assert.Single(plan.GetProperty("items").EnumerateArray());
        Assert.Equal((2, "Ours, revised"), (item.GetProperty("moduleVersion").GetInt32(), item.GetProperty("moduleTitle").GetString()));

        // A later revision does not change what the client follows.
        await clinician.PutAsJsonAsync($"/api/v1/modules/{ours}", Module("Ours, third"), Ct).OkJsonAsync();
        using var client = await org.As(org.ClientA1);
        var task = (await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync())[0];
        Assert.Equal((2, "Ours, revised"), (task.GetProperty("moduleVersion").GetInt32(), task.GetProperty("moduleTitle").GetString()));
        var done = await client.CompleteAsync(task.GetProperty("id").GetGuid(), new { responses = new object[] { new { stepId = "breathe", @checked = true } } }).OkJsonAsync();
        Assert.Equal("Done", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task BadInput_IsA400NamingTheField_AndNothingIsStored()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        var url = $"/api/v1/clients/{org.ClientA1.Id}/practice-plans";
        async Task Refused(object body, string field) =>
            await clinician.PostAsJsonAsync(url, body, Ct).ProblemAsync(HttpStatusCode.BadRequest, field: field);

        object Plan(object item) => new { goals = "g", items = new[] { item } };
        await Refused(new { goals = "", items = new[] { Daily(FriendLetter, today, today) } }, "goals");
        await Refused(new { goals = "g", items = Array.Empty<object>() }, "items");
        await Refused(Plan(new { moduleId = FriendLetter, frequency = new { kind = "Hourly" }, start = Iso(today), end = Iso(today) }), "items[0].frequency.kind");
        await Refused(Plan(new { moduleId = Guid.NewGuid(), frequency = new { kind = "Daily" }, start = Iso(today), end = Iso(today) }), "items[0].moduleId");
        await Refused(Plan(new { moduleId = FriendLetter, frequency = new { kind = "TimesPerWeek", timesPerWeek = 8 }, start = Iso(today), end = Iso(today.AddDays(7)) }),
            "items[0].frequency.timesPerWeek");
        await Refused(Plan(new { moduleId = FriendLetter, frequency = new { kind = "TimesPerWeek", timesPerWeek = 2, daysOfWeek = new[] { "Mon" } }, start = Iso(today), end = Iso(today.AddDays(7)) }),
            "items[0].frequency.daysOfWeek");
        await Refused(Plan(new { moduleId = FriendLetter, frequency = new { kind = "Daily" }, start = "01/02/2026", end = Iso(today) }), "items[0].start");
        await Refused(Plan(Daily(FriendLetter, today.AddDays(-10), today.AddDays(-1))), "items[0].end");
        await Refused(Plan(Daily(FriendLetter, today, today.AddDays(400))), "items[0].end");
        await Refused(new { goals = "g", items = new object?[] { null } }, "items[0]");
        await Refused(Plan(Daily(FriendLetter, today.AddDays(400), today.AddDays(401))), "items[0].start");
        await Refused(Plan(new { moduleId = FriendLetter, frequency = new { kind = "Once" }, start = Iso(today.AddDays(-3)), end = Iso(today.AddDays(3)) }), "items[0].start");
        await Refused(Plan(Daily(FriendLetter, new DateOnly(9999, 12, 30), new DateOnly(9999, 12, 31))), "items[0].start");
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM practice_plans WHERE client_id = @c", ("c", org.ClientA1.Id)));

        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);
        using var client = await org.As(org.ClientA1);
        var task = await client.FirstTaskAsync();
        async Task Wrong(object body, string field) => await client.CompleteAsync(task, body).ProblemAsync(HttpStatusCode.BadRequest, field: field);
        await Wrong(new { responses = new object[] { new { stepId = "warmth", rating = 7 } } }, "responses"); // the letter is required
        await Wrong(new { responses = new object[] { new { stepId = "letter", text = "x" }, new { stepId = "warmth", rating = 11 } } }, "responses[1].rating");
        await Wrong(new { responses = new object[] { new { stepId = "letter", text = "x" }, new { stepId = "nope", rating = 1 } } }, "responses[1].stepId");
        await Wrong(new { responses = new object[] { new { stepId = "letter", text = "x" }, new { stepId = "why", text = "read" } } }, "responses[1].checked");
        await Wrong(new { responses = new object[] { new { stepId = "letter", text = "x" } }, distressBefore = 11 }, "distressBefore");
        await Wrong(new { responses = new object[] { new { stepId = "letter", text = "x" } }, distressAfter = -1 }, "distressAfter");
        await client.GetAsync("/api/v1/me/homework?from=2026-13-01", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "from");
        await client.GetAsync("/api/v1/me/homework?from=2026-03-10&to=2026-03-01", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "to");
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE id = @t AND state = 'Pending'", ("t", task)));
    }

    [Fact]
    public async Task ANewPlan_SupersedesTheOld_RecomputingOnlyFutureTasks_AndBothStayReadable()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        var first = await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(6))).OkJsonAsync(HttpStatusCode.Created);
        using var client = await org.As(org.ClientA1);
        var todays = await client.FirstTaskAsync();
        await client.CompleteAsync(todays, LetterDone()).OkJsonAsync();

        var second = await clinician.AssignAsync(org.ClientA1.Id, Daily(Break, today, today.AddDays(2))).OkJsonAsync(HttpStatusCode.Created);

        var homework = (await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync()).EnumerateArray()
            .Select(t => (t.GetProperty("date").GetString(), t.GetProperty("moduleId").GetGuid(), t.GetProperty("status").GetString())).ToList();
        Assert.Equal(
            [(Iso(today), FriendLetter, "Done"), (Iso(today), Break, "Due"), (Iso(today.AddDays(1)), Break, "Due"), (Iso(today.AddDays(2)), Break, "Due")],
            homework);
        Assert.Equal(6, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE plan_id = @p AND state = 'Cancelled'", ("p", first.GetProperty("id").GetGuid())));
        var plans = (await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/practice-plans", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal([second.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid()], plans.Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(["Active", "Superseded"], plans.Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(first.GetProperty("id").GetGuid(), plans[0].GetProperty("supersedes").GetGuid());
    }

    [Fact]
    public async Task TheClient_ReadsTheirPlan_WithTheNoteFromTheirClinician()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var client = await org.As(org.ClientA1);
        await client.GetAsync("/api/v1/me/practice-plan", Ct).ProblemAsync(HttpStatusCode.NotFound);
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);

        var plan = await client.GetAsync("/api/v1/me/practice-plan", Ct).OkJsonAsync();
        Assert.Equal(("Five minutes is enough.", "Active"), (plan.GetProperty("noteToClient").GetString(), plan.GetProperty("status").GetString()));
        using var other = await org.As(org.ClientA2);
        await other.GetAsync("/api/v1/me/practice-plan", Ct).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APlanChange_DoesNotAskAgainForWhatWasDoneToday_AndATaskItTookAwayIsAConflict()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(1))).OkJsonAsync(HttpStatusCode.Created);
        using var client = await org.As(org.ClientA1);
        var tasks = (await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync()).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        await client.CompleteAsync(tasks[0], LetterDone()).OkJsonAsync();

        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(1))).OkJsonAsync(HttpStatusCode.Created);

        var homework = (await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync()).EnumerateArray()
            .Select(t => (t.GetProperty("date").GetString(), t.GetProperty("status").GetString())).ToList();
        Assert.Equal([(Iso(today), "Done"), (Iso(today.AddDays(1)), "Due")], homework);
        await client.CompleteAsync(tasks[1], LetterDone()).ProblemAsync(HttpStatusCode.Conflict, "homework.cancelled");
    }

    [Fact]
    public async Task ACompletion_AndAPlanChange_AtOnce_NeverLoseTheCompletion()
    {
        var today = TodayIn("America/New_York");
        for (var round = 0; round < 4; round++)
        {
            var org = await app.CreateOrgAsync();
            using var clinician = await org.As(org.ClinicianA);
            using var client = await org.As(org.ClientA1);
            await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);
            var task = await client.FirstTaskAsync();
            var completion = client.CompleteAsync(task, LetterDone()).StatusAsync();
            var change = clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).StatusAsync();
            var (completed, changed) = (await completion, await change);

            Assert.Equal(HttpStatusCode.Created, changed);
            Assert.True(completed is HttpStatusCode.OK or HttpStatusCode.Conflict, completed.ToString());
            // Either the completion came first (the change left it alone and asked for nothing more today) or the
            // change did (the completion was refused, and today's task of the new plan is there to do).
            var state = (string)Assert.Single(await app.RowsAsync("SELECT state FROM homework_tasks WHERE id = @t", ("t", task)))["state"]!;
            Assert.Equal(completed == HttpStatusCode.OK ? "Done" : "Cancelled", state);
            Assert.Equal(completed == HttpStatusCode.OK ? 0 : 1, await app.CountAsync(
                "SELECT count(*) FROM homework_tasks WHERE client_id = @c AND state = 'Pending'", ("c", org.ClientA1.Id)));
        }
    }

    [Fact]
    public async Task ConcurrentAssignments_LeaveOneActivePlan()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(3))).StatusAsync()));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM practice_plans WHERE client_id = @c AND status = 'Active'", ("c", org.ClientA1.Id)));
        Assert.Equal(4, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE client_id = @c AND state = 'Pending'", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task EveryRead_AndWrite_IsAudited_WithTheClient()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);
        await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/practice-plans", Ct).OkJsonAsync();
        await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync();
        await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/adherence", Ct).OkJsonAsync();
        using var client = await org.As(org.ClientA1);
        await client.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync();

        var actions = (await app.RowsAsync(
                "SELECT action FROM audit_events WHERE subject_client_id = @c AND outcome = 'Success' ORDER BY occurred_at", ("c", org.ClientA1.Id)))
            .Select(r => (string)r["action"]!).Where(a => a.StartsWith("practice", StringComparison.Ordinal) || a.StartsWith("homework", StringComparison.Ordinal) || a.StartsWith("adherence", StringComparison.Ordinal));
        Assert.Equal(["practice_plan.create", "practice_plan.list", "homework.read", "adherence.read", "homework.list"], actions);
    }
}
