using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Application.Clients;
using Npgsql;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Every read, write and denial leaves an audit event; the trail cannot be changed and a change is detected.</summary>
public sealed class AuditTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Dictionary<string, object?>>> EventsAsync(string action, Guid? actor = null) => actor is { } a
        ? app.RowsAsync("SELECT * FROM audit_events WHERE action = @a AND actor_user_id = @u ORDER BY id", ("a", action), ("u", a))
        : app.RowsAsync("SELECT * FROM audit_events WHERE action = @a ORDER BY id", ("a", action));

    [Fact]
    public async Task Read_IsAudited_WithWhoWhatWhenWhereOutcomeAndWhy()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clients/{org.ClientA1.Id}");
        request.Headers.Add("X-Purpose-Of-Use", "treat"); // an HL7 PurposeOfUse code, any case
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.Equal(HttpStatusCode.OK, (await clinician.SendAsync(request, Ct)).StatusCode);

        var e = Assert.Single(await EventsAsync("client.read", org.ClinicianA.Id));
        Assert.Equal(org.Id, e["organization_id"]);
        Assert.Equal("portal-cli", e["actor_client_app"]);
        Assert.Equal("Client", e["resource_type"]);
        Assert.Equal(org.ClientA1.Id.ToString(), e["resource_id"]);
        Assert.Equal(org.ClientA1.Id, e["subject_client_id"]);
        Assert.Equal("Success", e["outcome"]);
        Assert.Equal(200, e["status_code"]);
        Assert.Equal("TREAT", e["purpose"]);
        Assert.False(string.IsNullOrEmpty(e["request_id"] as string));
        // The in-memory test server has no remote address; on a real socket the IP is recorded (docs/security.md).
        Assert.InRange(((DateTime)e["occurred_at"]!).ToUniversalTime(), before.UtcDateTime, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Write_IsAuditedInTheSameTransaction_AndListsRecordWhichClientsWereDisclosed()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Zebulon", familyName = "Quartermaine", dateOfBirth = "1961-04-17",
            email = $"zq.{org.Tag}@test.clinic", track = "Burnout", timeZone = "America/Denver",
        }, Ct)).ReadAsync<ClientResponse>();
        var write = Assert.Single(await EventsAsync("client.create", org.ClinicianA.Id));
        Assert.Equal(created.Id, write["subject_client_id"]);
        Assert.Equal("Success", write["outcome"]);
        Assert.Equal(201, write["status_code"]);

        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync("/api/v1/clients", Ct)).StatusCode);
        var list = Assert.Single(await EventsAsync("client.list", org.ClinicianA.Id));
        Assert.Contains(created.Id.ToString(), (string)list["details"]!, StringComparison.Ordinal);
        Assert.Contains(org.ClientA1.Id.ToString(), (string)list["details"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_NeverHoldsTheHealthDataItself()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Ottoline", familyName = "Vandersloot", dateOfBirth = "1957-09-23",
            email = $"ov.{org.Tag}@test.clinic", track = "ChronicIllness", timeZone = "America/Denver",
        }, Ct)).ReadAsync<ClientResponse>();
        await clinician.GetAsync($"/api/v1/clients/{created.Id}", Ct);
        await clinician.PostAsJsonAsync("/api/v1/clients", new { givenName = "Ottoline", dateOfBirth = "1957-13-23" }, Ct);

        var leaks = await app.CountAsync(
            "SELECT count(*) FROM audit_events e WHERE e.organization_id = @o AND (e::text ILIKE '%Ottoline%' OR e::text ILIKE '%Vandersloot%' OR e::text LIKE '%1957-%')",
            ("o", org.Id));
        Assert.Equal(0, leaks);
        Assert.True(await app.CountAsync("SELECT count(*) FROM audit_events WHERE organization_id = @o AND actor_user_id = @u",
            ("o", org.Id), ("u", org.ClinicianA.Id)) >= 3);
    }

    [Fact]
    public async Task Denials_AreAudited_OutOfReach_WrongRole_AndNoToken()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var outsider = await other.As(other.ClinicianA);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
        var notFound = Assert.Single(await EventsAsync("client.read", other.ClinicianA.Id));
        Assert.Equal("NotFound", notFound["outcome"]);
        Assert.Equal(404, notFound["status_code"]);
        Assert.Equal(other.Id, notFound["organization_id"]);
        Assert.Equal(org.ClientA1.Id, notFound["subject_client_id"]);

        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit", Ct)).StatusCode);
        // The role rule lives with the request: the refusal is the request's own audit event.
        var forbidden = Assert.Single(await EventsAsync("audit.read", org.ClientA1.UserId));
        Assert.Equal("Denied", forbidden["outcome"]);
        Assert.Equal(403, forbidden["status_code"]);
        Assert.Equal(org.Id, forbidden["organization_id"]);

        using var anonymous = app.CreateClient();
        var path = $"/api/v1/clients/{Guid.NewGuid()}";
        var refused = await anonymous.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var traceId = (await refused.ReadJsonAsync()).GetProperty("traceId").GetString()!;
        // Recorded with the route template, never the path itself (a path can carry anything).
        var row = Assert.Single(await app.RowsAsync("SELECT * FROM audit_events WHERE action = 'access.denied' AND request_id = @t", ("t", traceId)));
        Assert.Equal(401, row["status_code"]);
        Assert.Null(row["organization_id"]);
        Assert.Equal("GET /api/v1/clients/{id:guid}", row["resource_id"]);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM audit_events WHERE resource_id LIKE @p", ("p", "%" + path[^36..] + "%")));
    }

    [Fact]
    public async Task InvalidInput_IsAuditedAsInvalid()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PostAsJsonAsync("/api/v1/clients", new { givenName = "" }, Ct);
        var e = Assert.Single(await EventsAsync("client.create", org.ClinicianA.Id));
        Assert.Equal("Invalid", e["outcome"]);
        Assert.Equal(400, e["status_code"]);
    }

    [Fact]
    public async Task Transfer_IsAuditedWithBothClinicians()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        await admin.PutAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/clinician", new { clinicianId = org.ClinicianB.Id }, Ct);
        var e = Assert.Single(await EventsAsync("client.transfer", org.Admin.Id));
        Assert.Contains(org.ClinicianA.Id.ToString(), (string)e["details"]!, StringComparison.Ordinal);
        Assert.Contains(org.ClinicianB.Id.ToString(), (string)e["details"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEndpoint_ListsOnlyTheAdminsOrganization_FilteredByClient()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct);
            await clinician.GetAsync($"/api/v1/clients/{org.ClientA2.Id}", Ct);
        }

        using var admin = await org.As(org.Admin);
        var events = await (await admin.GetAsync($"/api/v1/audit?clientId={org.ClientA1.Id}", Ct)).ReadJsonAsync();
        Assert.NotEmpty(events.EnumerateArray());
        Assert.All(events.EnumerateArray(), e => Assert.Equal(org.ClientA1.Id, e.GetProperty("clientId").GetGuid()));

        using var otherAdmin = await other.As(other.Admin);
        var theirs = await (await otherAdmin.GetAsync($"/api/v1/audit?clientId={org.ClientA1.Id}", Ct)).ReadJsonAsync();
        Assert.Empty(theirs.EnumerateArray());

        var bad = await admin.GetAsync("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task AuditRows_CannotBeUpdatedDeletedOrTruncated_EvenByTheOwner()
    {
        var org = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct);
        }

        var id = (long)(await EventsAsync("client.read", org.ClinicianA.Id))[0]["id"]!;
        await app.WaitUntilSealedAsync(org.Id);

        foreach (var sql in new[]
                 {
                     "UPDATE audit_events SET action = 'client.list' WHERE id = @id",
                     "UPDATE audit_events SET hash = repeat('0', 64), chain_sequence = 999999 WHERE id = @id",
                     "DELETE FROM audit_events WHERE id = @id",
                 })
        {
            var ex = await Record.ExceptionAsync(() => app.ExecuteAsync(sql, ("id", id)));
            var pg = Assert.IsType<PostgresException>(ex);
            Assert.Contains("append-only", pg.MessageText, StringComparison.Ordinal);
        }

        var truncate = await Record.ExceptionAsync(() => app.ExecuteAsync("TRUNCATE audit_events"));
        Assert.Contains("append-only", Assert.IsType<PostgresException>(truncate).MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM audit_events WHERE id = @id AND action = 'client.read'", ("id", id)));
    }

    [Fact]
    public async Task AppendOnlyGuard_ChecksEveryColumnThatIsNotASealColumn()
    {
        var columns = await app.RowsAsync(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_events' AND table_schema = current_schema()");
        var guard = (string)(await app.RowsAsync("SELECT prosrc FROM pg_proc WHERE proname = 'audit_events_guard'"))[0]["prosrc"]!;
        var sealColumns = new[] { "chain_sequence", "previous_hash", "hash", "sealed_at" };
        var unguarded = columns.Select(c => (string)c["column_name"]!)
            .Where(c => !sealColumns.Contains(c))
            .Where(c => !guard.Contains($"NEW.{c}", StringComparison.Ordinal) || !guard.Contains($"OLD.{c}", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task Verify_PassesOnAnUntouchedChain_AndDetectsAnAlteredRow()
    {
        var (org, admin) = await ThreeReadsOnAnIntactChainAsync();
        using var adminClient = admin;

        // Someone with owner rights bypasses the trigger and rewrites history.
        var victim = (long)(await EventsAsync("client.read", org.ClinicianA.Id))[1]["id"]!;
        await TamperAsync($"UPDATE audit_events SET action = 'client.list' WHERE id = {victim}");

        var broken = await (await admin.GetAsync("/api/v1/audit/verify", Ct)).ReadJsonAsync();
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(victim, broken.GetProperty("brokenEventId").GetInt64());
        Assert.Contains("altered", broken.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DetectsADeletedRow()
    {
        var (org, admin) = await ThreeReadsOnAnIntactChainAsync();
        using var adminClient = admin;
        var victim = (long)(await EventsAsync("client.read", org.ClinicianA.Id))[1]["id"]!;
        await TamperAsync($"DELETE FROM audit_events WHERE id = {victim}");

        var broken = await (await admin.GetAsync("/api/v1/audit/verify", Ct)).ReadJsonAsync();
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Contains("missing", broken.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A new organisation whose clinician read a record three times; its chain verifies intact. Returns the admin's client.</summary>
    private async Task<(TestOrg Org, HttpClient Admin)> ThreeReadsOnAnIntactChainAsync()
    {
        var org = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            for (var i = 0; i < 3; i++)
            {
                await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct);
            }
        }

        var admin = await org.As(org.Admin);
        await app.WaitUntilSealedAsync(org.Id);
        var intact = await (await admin.GetAsync("/api/v1/audit/verify", Ct)).ReadJsonAsync();
        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.True(intact.GetProperty("eventsChecked").GetInt64() >= 5);
        return (org, admin);
    }

    /// <summary>Runs a statement with the append-only trigger switched off, as only the table owner could.</summary>
    private async Task TamperAsync(string statement)
    {
        await using var db = await app.OpenDbAsync();
        await using var tx = await db.BeginTransactionAsync(Ct);
        await using (var cmd = new NpgsqlCommand(
            $"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only; {statement}; ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;",
            db, tx))
        {
            await cmd.ExecuteNonQueryAsync(Ct);
        }

        await tx.CommitAsync(Ct);
    }
}
