using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The module library over HTTP: built-in modules for everyone, organisation modules for their organisation only,
/// versions that stay readable, each refused rule on its field, revisions at once numbered one after another, safe HTML.
/// </summary>
public sealed class ModuleTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid module of every step kind; tests change one thing in it.</summary>
    private static JsonObject Draft(string title = "Kind words after a hard day") => JsonNode.Parse($$"""
        {
          "title": "{{title}}",
          "summary": "A short evening practice of noticing and kindness.",
          "components": ["SelfKindness", "mindfulness"],
          "tracks": ["Burnout"],
          "estimatedMinutes": 15,
          "instructions": "Find a *quiet* place.",
          "steps": [
            { "id": "read", "kind": "Read", "title": "Why", "body": "Most of us are **harder** on ourselves than on friends." },
            { "id": "rate", "kind": "Rate", "title": "Now", "prompt": "How tense are you?", "lowLabel": "Not at all", "highLabel": "Very" },
            { "id": "write", "kind": "Reflect", "title": "Write", "prompt": "What would a friend say?", "required": true },
            { "id": "check", "kind": "checklist", "title": "Tonight", "items": [ { "id": "tea", "text": "Make tea" }, { "id": "walk", "text": "Short walk" } ] },
            { "id": "breathe", "kind": "Practice", "title": "Breathe", "minutes": 3, "body": "Breathe slowly." }
          ],
          "sources": ["Neff KD. Self and Identity 2003;2(2):85-101."]
        }
        """)!.AsObject();

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static Task<JsonElement> CreateAsync(HttpClient http, JsonNode body) =>
        http.PostAsync("/api/v1/modules", Json(body), Ct).OkJsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ReviseAsync(HttpClient http, Guid id, JsonNode body) =>
        http.PutAsync($"/api/v1/modules/{id}", Json(body), Ct);

    private Task<long> VersionsInDbAsync(Guid id) =>
        app.CountAsync("SELECT count(*) FROM module_versions WHERE module_id = @m", ("m", id));

    private static Guid Builtin(string key) => Module.BuiltinId(key).Value;

    [Theory]
    [InlineData(null, null)]
    [InlineData("Burnout", null)]
    [InlineData("ChronicIllness", null)]
    [InlineData("general", null)]
    [InlineData(null, "CommonHumanity")]
    [InlineData(null, "Mindfulness")]
    [InlineData("Burnout", "Mindfulness")]
    [InlineData("chronicillness", "MINDFULNESS")]
    [InlineData("", "")]
    public async Task List_FiltersByTrackAndComponent_AsTheLibraryMapsThem(string? track, string? component)
    {
        var expected = ModuleLibrary.All
            .Where(m => string.IsNullOrEmpty(track) || m.Current.Content.Tracks.Any(t => string.Equals(t.ToString(), track, StringComparison.OrdinalIgnoreCase)))
            .Where(m => string.IsNullOrEmpty(component) || m.Current.Content.Components.Any(c => string.Equals(c.ToString(), component, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.Key).ToList();
        Assert.InRange(expected.Count, 3, ModuleLibrary.All.Count);
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var query = string.Join("&", new[] { ("track", track), ("component", component) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}"));
        var list = await client.GetAsync($"/api/v1/modules?{query}", Ct).OkJsonAsync();
        Assert.Equal(expected, list.EnumerateArray().Select(m => m.GetProperty("key").GetString()));
        Assert.All(list.EnumerateArray(), m =>
        {
            Assert.True(m.GetProperty("builtin").GetBoolean());
            Assert.Equal(ModuleLibrary.Find(m.GetProperty("key").GetString())!.CurrentVersion, m.GetProperty("version").GetInt32());
            if (!string.IsNullOrEmpty(track))
            {
                Assert.Contains(m.GetProperty("tracks").EnumerateArray(), t => string.Equals(t.GetString(), track, StringComparison.OrdinalIgnoreCase));
            }

            if (!string.IsNullOrEmpty(component))
            {
                Assert.Contains(m.GetProperty("components").EnumerateArray(), c => string.Equals(c.GetString(), component, StringComparison.OrdinalIgnoreCase));
            }
        });
    }

    [Fact]
    public async Task List_ShowsEachModuleAsItsCurrentVersionSays()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var list = await client.GetAsync("/api/v1/modules", Ct).OkJsonAsync();
        var friend = list.EnumerateArray().Single(m => m.GetProperty("key").GetString() == ModuleLibrary.FriendLetter);
        var library = ModuleLibrary.Find(ModuleLibrary.FriendLetter)!.Current.Content;
        Assert.Equal(Builtin(ModuleLibrary.FriendLetter), friend.GetProperty("id").GetGuid());
        Assert.Equal(library.Title, friend.GetProperty("title").GetString());
        Assert.Equal(library.Summary, friend.GetProperty("summary").GetString());
        Assert.Equal(library.EstimatedMinutes, friend.GetProperty("estimatedMinutes").GetInt32());
        Assert.Equal(["SelfKindness", "CommonHumanity"], friend.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["General", "ChronicIllness", "Burnout"], friend.GetProperty("tracks").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("track=Nope", "track")]
    [InlineData("track=1", "track")]
    [InlineData("track=Burnout,General", "track")]
    [InlineData("component=kindness", "component")]
    [InlineData("track=Burnout&component=%00", "component")]
    public async Task List_WithAnUnknownFilter_Is400NamingIt(string query, string field)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var problem = await clinician.GetAsync($"/api/v1/modules?{query}", Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Client_ReadsABuiltinModule_WithSafeHtmlBesideTheMarkdown()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var module = await client.GetAsync($"/api/v1/modules/{Builtin(ModuleLibrary.SelfCompassionBreak)}", Ct).OkJsonAsync();
        var library = ModuleLibrary.Find(ModuleLibrary.SelfCompassionBreak)!.Current.Content;
        Assert.Equal(ModuleLibrary.SelfCompassionBreak, module.GetProperty("key").GetString());
        Assert.True(module.GetProperty("builtin").GetBoolean());
        Assert.Equal(2, module.GetProperty("version").GetInt32());
        Assert.Equal([1, 2], module.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(library.Instructions, module.GetProperty("instructions").GetString());
        Assert.StartsWith("<p>", module.GetProperty("instructionsHtml").GetString(), StringComparison.Ordinal);
        var steps = module.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(library.Steps.Select(s => s.Id), steps.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(library.Steps.Select(s => s.Kind.ToString()), steps.Select(s => s.GetProperty("kind").GetString()));
        Assert.Contains(steps, s => s.GetProperty("bodyHtml").GetString()!.Contains("<strong>", StringComparison.Ordinal));
        Assert.NotEmpty(module.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task AVersionWrittenBeforeTheSafeguards_IsShownWithTheLatestOnes_SoAnOldPlanIsNotUnguarded()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var module = ModuleLibrary.Find(ModuleLibrary.SelfCompassionBreak)!;
        Assert.Empty(module.Versions[0].Content.Uses); // version 1 had none; version 2 works with touch or the body
        var current = module.Current.Content;

        var first = await client.GetAsync($"/api/v1/modules/{Builtin(ModuleLibrary.SelfCompassionBreak)}?version=1", Ct).OkJsonAsync();

        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(module.Versions[0].Content.Steps.Count, first.GetProperty("steps").GetArrayLength()); // its own steps
        Assert.Equal(current.Uses.Select(u => u.ToString()), first.GetProperty("uses").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(current.GroundingExit, first.GetProperty("groundingExit").GetString());
        Assert.Equal(current.TraumaNote, first.GetProperty("traumaNote").GetString());
        Assert.Equal(current.Attribution, first.GetProperty("attribution").GetString());
        Assert.Contains(first.GetProperty("seeAlso").EnumerateArray(), l => l.GetProperty("key").GetString() == "backdraft");
        Assert.False(first.TryGetProperty("clinicianCaution", out _));
    }

    [Fact]
    public async Task TheClinicianSeesTheCaution_AndTheClientDoesNot_BothSeeTheSafeguardsAndTheAttribution()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using var client = await org.As(org.ClientA1);
        var library = ModuleLibrary.Find(ModuleLibrary.SupportiveTouch)!.Current.Content;
        var url = $"/api/v1/modules/{Builtin(ModuleLibrary.SupportiveTouch)}";

        var staff = await clinician.GetAsync(url, Ct).OkJsonAsync();
        Assert.Equal(library.ClinicianCaution, staff.GetProperty("clinicianCaution").GetString());

        var raw = await (await client.GetAsync(url, Ct)).Content.ReadAsStringAsync(Ct);
        var mine = JsonDocument.Parse(raw).RootElement;
        Assert.False(mine.TryGetProperty("clinicianCaution", out _));
        Assert.DoesNotContain(library.ClinicianCaution!, raw, StringComparison.Ordinal);

        foreach (var seen in new[] { staff, mine })
        {
            Assert.Equal(["Touch", "Body"], seen.GetProperty("uses").EnumerateArray().Select(u => u.GetString()));
            Assert.Equal(library.GroundingExit, seen.GetProperty("groundingExit").GetString());
            Assert.Equal(library.TraumaNote, seen.GetProperty("traumaNote").GetString());
            Assert.Equal(library.HandsFreeAlternative, seen.GetProperty("handsFreeAlternative").GetString());
            Assert.Equal(library.Attribution, seen.GetProperty("attribution").GetString());
            var link = Assert.Single(seen.GetProperty("seeAlso").EnumerateArray());
            Assert.Equal((Builtin(ModuleLibrary.Backdraft), "backdraft"), (link.GetProperty("id").GetGuid(), link.GetProperty("key").GetString()));
        }

        // The pages say the same: the caution on the clinician's module page only, the safeguards and source on both.
        using var clinicianPage = await BrowserSession.SignedInAsync(app, org.ClinicianA);
        using var clientPage = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var forStaff = await clinicianPage.Http.GetStringAsync($"/app/modules/{Builtin(ModuleLibrary.SupportiveTouch)}", Ct);
        var forClient = await clientPage.Http.GetStringAsync($"/app/modules/{Builtin(ModuleLibrary.SupportiveTouch)}", Ct);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(library.ClinicianCaution!), forStaff, StringComparison.Ordinal);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(library.ClinicianCaution!), forClient, StringComparison.Ordinal);
        Assert.DoesNotContain("For clinicians", forClient, StringComparison.Ordinal);
        Assert.All(new[] { forStaff, forClient }, page =>
        {
            Assert.Contains("Looking after yourself in this practice", page, StringComparison.Ordinal);
            Assert.Contains($"/app/modules/{Builtin(ModuleLibrary.Backdraft)}", page, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(library.Attribution!), page, StringComparison.Ordinal);
            Assert.DoesNotContain("SelfKindness", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task APracticeWithTouch_WithoutItsSafeguards_Is400OnTheMissingField()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var draft = Draft();
        draft["uses"] = new JsonArray("touch");
        draft["traumaNote"] = "Go gently.";
        draft["groundingExit"] = "Open your eyes and feel your feet on the floor.";
        draft["seeAlso"] = new JsonArray("backdraft");
        draft["clinicianCaution"] = "Careful with active PTSD.";
        var refused = await clinician.PostAsync("/api/v1/modules", Json(draft), Ct).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("handsFreeAlternative", out _));

        draft["handsFreeAlternative"] = "Hold a warm cup instead.";
        var created = await CreateAsync(clinician, draft);
        Assert.Equal("Careful with active PTSD.", created.GetProperty("clinicianCaution").GetString());
        draft.Remove("seeAlso");
        var noLink = await ReviseAsync(clinician, created.GetProperty("id").GetGuid(), draft).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noLink.GetProperty("errors").TryGetProperty("seeAlso", out _));
    }

    [Fact]
    public async Task Clinician_CreatesAndRevises_AndEachVersionStaysReadable()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using var created = await clinician.PostAsync("/api/v1/modules", Json(Draft()), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.ReadJsonAsync();
        var id = first.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/modules/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("key").ValueKind);
        Assert.False(first.GetProperty("builtin").GetBoolean());
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(["SelfKindness", "Mindfulness"], first.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        var steps = first.GetProperty("steps");
        Assert.Equal("Checklist", steps[3].GetProperty("kind").GetString());
        Assert.Equal(["tea", "walk"], steps[3].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(3, steps[4].GetProperty("minutes").GetInt32());
        Assert.Equal("Very", steps[1].GetProperty("highLabel").GetString());
        Assert.True(steps[2].GetProperty("required").GetBoolean());
        Assert.False(steps[0].GetProperty("required").GetBoolean());
        Assert.Equal("<p>Find a <em>quiet</em> place.</p>", first.GetProperty("instructionsHtml").GetString());

        var changed = Draft("Kind words, second draft");
        changed["steps"]!.AsArray().RemoveAt(4);
        var second = await ReviseAsync(clinician, id, changed).OkJsonAsync();
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal([1, 2], second.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));

        using var admin = await org.As(org.Admin);
        var third = await ReviseAsync(admin, id, Draft("Kind words, third draft")).OkJsonAsync();
        Assert.Equal(3, third.GetProperty("version").GetInt32());

        using var client = await org.As(org.ClientA1);
        var current = await client.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync();
        Assert.Equal("Kind words, third draft", current.GetProperty("title").GetString());
        Assert.Equal([1, 2, 3], current.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        var old = await client.GetAsync($"/api/v1/modules/{id}?version=1", Ct).OkJsonAsync();
        Assert.Equal("Kind words after a hard day", old.GetProperty("title").GetString());
        Assert.Equal(1, old.GetProperty("version").GetInt32());
        Assert.Equal(3, old.GetProperty("currentVersion").GetInt32());
        var v2 = await client.GetAsync($"/api/v1/modules/{id}?version=2", Ct).OkJsonAsync();
        Assert.Equal(4, v2.GetProperty("steps").GetArrayLength());

        var listed = (await client.GetAsync("/api/v1/modules?track=burnout", Ct).OkJsonAsync()).EnumerateArray().Last();
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(3, listed.GetProperty("version").GetInt32());
        Assert.Equal("Kind words, third draft", listed.GetProperty("title").GetString());
        Assert.DoesNotContain((await client.GetAsync("/api/v1/modules?track=General", Ct).OkJsonAsync()).EnumerateArray(),
            m => m.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NotFound, await client.GetAsync($"/api/v1/modules/{id}?version=4", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.BadRequest, await client.GetAsync($"/api/v1/modules/{id}?version=0", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await client.GetAsync($"/api/v1/modules/{Guid.NewGuid()}", Ct).StatusAsync());
    }

    [Fact]
    public async Task AnotherOrganisation_NeitherSeesNorChangesAModule()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var id = (await CreateAsync(clinician, Draft())).GetProperty("id").GetGuid();

        using var stranger = await other.As(other.ClinicianA);
        var notFound = await stranger.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync(HttpStatusCode.NotFound);
        Assert.Equal("not_found", notFound.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await stranger.GetAsync($"/api/v1/modules/{id}?version=1", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await ReviseAsync(stranger, id, Draft("Taken over")).StatusAsync());
        using var strangerAdmin = await other.As(other.Admin);
        Assert.Equal(HttpStatusCode.NotFound, await ReviseAsync(strangerAdmin, id, Draft("Taken over")).StatusAsync());
        Assert.DoesNotContain((await stranger.GetAsync("/api/v1/modules", Ct).OkJsonAsync()).EnumerateArray(),
            m => m.GetProperty("id").GetGuid() == id);

        Assert.Equal(1, await VersionsInDbAsync(id));
        var row = Assert.Single(await app.RowsAsync("SELECT organization_id, current_version FROM modules WHERE id = @m", ("m", id)));
        Assert.Equal((org.Id, 1), ((Guid)row["organization_id"]!, (int)row["current_version"]!));
        Assert.Equal("Kind words after a hard day",
            (await clinician.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task SupervisorsAndClients_CannotWriteModules()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var id = (await CreateAsync(clinician, Draft())).GetProperty("id").GetGuid();
        foreach (var person in new[] { org.Supervisor, org.ClientA1 })
        {
            using var http = await org.As(person);
            Assert.Equal(HttpStatusCode.Forbidden, await http.PostAsync("/api/v1/modules", Json(Draft()), Ct).StatusAsync());
            Assert.Equal(HttpStatusCode.Forbidden, await ReviseAsync(http, id, Draft("Not mine to change")).StatusAsync());
            Assert.Equal(HttpStatusCode.OK, await http.GetAsync($"/api/v1/modules/{id}", Ct).StatusAsync());
        }

        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM modules WHERE organization_id = @o", ("o", org.Id)));
        Assert.Equal(1, await VersionsInDbAsync(id));
    }

    [Fact]
    public async Task ABuiltinModule_IsReadOnly()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var id = Builtin(ModuleLibrary.LovingKindness);
        var problem = await ReviseAsync(admin, id, Draft()).OkJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(Module.BuiltinReadOnly, problem.GetProperty("code").GetString());
        Assert.Equal(2, await VersionsInDbAsync(id));
        Assert.Equal(2, await app.CountAsync("SELECT current_version FROM modules WHERE id = @m", ("m", id)));
    }

    public static TheoryData<string, string> BadInput() => new()
    {
        { "title", """{"title": null}""" },
        { "title", """{"title": "   "}""" },
        { "title", $$"""{"title": "{{new string('t', 121)}}"}""" },
        { "title", """{"title": "a\u0000b"}""" },
        { "summary", """{"summary": ""}""" },
        { "components", """{"components": []}""" },
        { "components[1]", """{"components": ["SelfKindness", "Kindness"]}""" },
        { "components", """{"components": ["SelfKindness", "selfKindness"]}""" },
        { "tracks", """{"tracks": null}""" },
        { "tracks[0]", """{"tracks": ["0"]}""" },
        { "estimatedMinutes", """{"estimatedMinutes": 0}""" },
        { "estimatedMinutes", """{"estimatedMinutes": null}""" },
        { "steps", """{"steps": []}""" },
        { "steps[0]", """{"steps": [null]}""" },
        { "steps[0].kind", """{"steps": [{"id": "a", "kind": "Dance", "title": "A"}]}""" },
        { "steps[0].kind", """{"steps": [{"id": "a", "title": "A"}]}""" },
        { "steps[0].id", """{"steps": [{"id": "Not An Id", "kind": "Read", "title": "A"}]}""" },
        { "steps[1].id", """{"steps": [{"id": "a", "kind": "Read", "title": "A"}, {"id": "a", "kind": "Read", "title": "B"}]}""" },
        { "steps[0].title", """{"steps": [{"id": "a", "kind": "Read"}]}""" },
        { "steps[2].prompt", """{"steps": [{"id": "a", "kind": "Read", "title": "A"}, {"id": "b", "kind": "Read", "title": "B"}, {"id": "c", "kind": "Reflect", "title": "C"}]}""" },
        { "steps[0].lowLabel", """{"steps": [{"id": "r", "kind": "Rate", "title": "R", "prompt": "How?"}]}""" },
        { "steps[0].highLabel", """{"steps": [{"id": "r", "kind": "Rate", "title": "R", "prompt": "How?", "lowLabel": "Low"}]}""" },
        { "steps[0].items", """{"steps": [{"id": "c", "kind": "Checklist", "title": "C"}]}""" },
        { "steps[0].items", """{"steps": [{"id": "c", "kind": "Checklist", "title": "C", "items": []}]}""" },
        { "steps[0].items[1].id", """{"steps": [{"id": "c", "kind": "Checklist", "title": "C", "items": [{"id": "x", "text": "X"}, {"id": "x", "text": "Y"}]}]}""" },
        { "steps[0].items[0].text", """{"steps": [{"id": "c", "kind": "Checklist", "title": "C", "items": [{"id": "x", "text": " "}]}]}""" },
        { "steps[0].items[0]", """{"steps": [{"id": "c", "kind": "Checklist", "title": "C", "items": [null]}]}""" },
        { "steps[0].minutes", """{"steps": [{"id": "p", "kind": "Practice", "title": "P", "body": "Breathe."}]}""" },
        { "steps[0].minutes", """{"steps": [{"id": "p", "kind": "Practice", "title": "P", "minutes": 61}]}""" },
        { "steps[0].minutes", """{"steps": [{"id": "a", "kind": "Read", "title": "A", "minutes": 5}]}""" },
        { "steps[0].prompt", """{"steps": [{"id": "a", "kind": "Read", "title": "A", "prompt": "Why?"}]}""" },
        { "steps[0].highLabel", """{"steps": [{"id": "a", "kind": "Reflect", "title": "A", "prompt": "Why?", "highLabel": "Lots"}]}""" },
        { "steps[0].items", """{"steps": [{"id": "a", "kind": "Read", "title": "A", "items": [{"id": "x", "text": "X"}]}]}""" },
        { "steps[0].required", """{"steps": [{"id": "a", "kind": "Read", "title": "A", "required": "yes"}]}""" },
        { "sources[1]", $$"""{"sources": ["ok", "{{new string('s', 501)}}"]}""" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInput_Is400NamingTheField_AndStoresNothing(string field, string change)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var body = Draft();
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        var problem = await clinician.PostAsync("/api/v1/modules", Json(body), Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM modules WHERE organization_id = @o", ("o", org.Id)));

        // The same content refused as a revision leaves the module as it was.
        var id = (await CreateAsync(clinician, Draft())).GetProperty("id").GetGuid();
        var again = await ReviseAsync(clinician, id, body).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], again.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(1, await VersionsInDbAsync(id));
    }

    [Fact]
    public async Task RevisionsAtOnce_AllSucceed_AsTheNextVersionsInTurn()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var id = (await CreateAsync(clinician, Draft())).GetProperty("id").GetGuid();
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => org.As(org.ClinicianA)));
        var responses = await Task.WhenAll(clients.Select((http, i) => ReviseAsync(http, id, Draft($"Revision {i}"))));
        var versions = new List<int>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            versions.Add((await response.ReadJsonAsync()).GetProperty("version").GetInt32());
            response.Dispose();
        }

        Assert.Equal([2, 3, 4, 5], versions.Order());
        Assert.Equal(5, await VersionsInDbAsync(id));
        Assert.Equal(5, await app.CountAsync("SELECT current_version FROM modules WHERE id = @m", ("m", id)));
        var current = await clinician.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync();
        Assert.Equal([1, 2, 3, 4, 5], current.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        foreach (var http in clients)
        {
            http.Dispose();
        }
    }

    [Fact]
    public async Task ScriptsAndJavascriptLinks_ComeBackNeutralised()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var body = Draft();
        const string hostile = "Hello <script>alert('x')</script> and [click me](javascript:alert(1)) and <img src=x onerror=alert(1)> and [ok](https://example.org/)";
        body["instructions"] = hostile;
        body["steps"]![0]!["body"] = hostile;
        var id = (await CreateAsync(clinician, body)).GetProperty("id").GetGuid();

        using var client = await org.As(org.ClientA1);
        var module = await client.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync();
        var step = module.GetProperty("steps")[0];
        Assert.Equal(hostile, step.GetProperty("body").GetString()); // the Markdown as written, for the editor
        foreach (var html in new[] { step.GetProperty("bodyHtml").GetString()!, module.GetProperty("instructionsHtml").GetString()! })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("<a>click me</a>", html, StringComparison.Ordinal);
            Assert.Contains("""<a href="https://example.org/" rel="noopener noreferrer">ok</a>""", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CreatesAndRevisions_AreAudited_WithTheirOutcome()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var id = (await CreateAsync(clinician, Draft())).GetProperty("id").GetGuid();
        await ReviseAsync(clinician, id, Draft("Second")).OkJsonAsync();
        var bad = Draft();
        bad["title"] = "";
        await ReviseAsync(clinician, id, bad).OkJsonAsync(HttpStatusCode.BadRequest);
        using var admin = await org.As(org.Admin);
        await ReviseAsync(admin, Builtin(ModuleLibrary.FriendLetter), Draft()).OkJsonAsync(HttpStatusCode.Conflict);
        using var supervisor = await org.As(org.Supervisor);
        await supervisor.PostAsync("/api/v1/modules", Json(Draft()), Ct).OkJsonAsync(HttpStatusCode.Forbidden);
        await clinician.GetAsync($"/api/v1/modules/{id}", Ct).OkJsonAsync();

        var events = await app.RowsAsync(
            "SELECT action, outcome, status_code, resource_type, resource_id, actor_user_id, details FROM audit_events WHERE organization_id = @o AND action LIKE 'module.%' ORDER BY id",
            ("o", org.Id));
        Assert.Equal(
            [
                ("module.create", "Success", 201, id.ToString(), org.ClinicianA.Id),
                ("module.revise", "Success", 200, id.ToString(), org.ClinicianA.Id),
                ("module.revise", "Invalid", 400, id.ToString(), org.ClinicianA.Id),
                ("module.revise", "Conflict", 409, Builtin(ModuleLibrary.FriendLetter).ToString(), org.Admin.Id),
                ("module.create", "Denied", 403, null, org.Supervisor.Id),
                ("module.read", "Success", 200, id.ToString(), org.ClinicianA.Id),
            ],
            events.Select(e => ((string)e["action"]!, (string)e["outcome"]!, (int)e["status_code"]!, e["resource_id"] as string, (Guid)e["actor_user_id"]!)));
        Assert.All(events, e => Assert.Equal("Module", e["resource_type"]));
        Assert.Equal(2, JsonDocument.Parse((string)events[1]["details"]!).RootElement.GetProperty("version").GetInt32());
    }
}
