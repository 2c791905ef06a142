using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>The organisation of an escalation run: a supervisor and the clinician they supervise, who holds every client.</summary>
internal sealed record EscalationOrganization(Guid OrganizationId, Guid SupervisorId, Guid ClinicianId, string ClinicianEmail);

/// <summary>What the seeding made: the pending deadlines (one per alert) and how long the two API passes took.</summary>
internal sealed record EscalationSeed(EscalationOrganization Organization, Guid[] DeadlineIds, TimeSpan ClientsTook, TimeSpan AlertsTook);

/// <summary>
/// Seeds an escalation run. The people with the DevTools' <see cref="PeopleSeeder"/> (same DbContext and Identity as the
/// API); then, through the real API as the clinician (password-grant token), N clients (<c>POST /api/v1/clients</c>:
/// the record, its login and its invitation) and one alert each (<c>POST /api/v1/clients/{id}/alerts</c>, tier
/// Imminent: the alert, its timeline, the clinician's round-0 notification and e-mail, the audit rows, and one pending
/// escalation deadline, round 1, level 1, due in the policy's 15 minutes). Every row is the application's own.
/// </summary>
internal static class EscalationSeeding
{
    /// <summary>Requests in flight while seeding (the API serialises client creation per clinician anyway).</summary>
    private const int Concurrency = 4;

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<EscalationOrganization> PeopleAsync(string connectionString, CancellationToken ct)
    {
        await using var people = Seeding.People(connectionString);
        var seed = people.Seeder;

        var tag = Guid.NewGuid().ToString("N")[..8];
        var org = await seed.OrganizationAsync($"Bench Escalation Clinic {tag}", ct);
        var supervisor = await seed.StaffAsync(org, $"supervisor.{tag}@bench.clinic", "Bench Supervisor", Role.Supervisor, Seeding.Password, null, ct);
        var clinicianEmail = $"clinician.{tag}@bench.clinic";
        var clinician = await seed.StaffAsync(org, clinicianEmail, "Bench Clinician", Role.Clinician, Seeding.Password, supervisor, ct);
        return new EscalationOrganization(org.Id.Value, supervisor.Id.Value, clinician.Id.Value, clinicianEmail);
    }

    public static async Task<EscalationSeed> AlertsAsync(
        Uri api, EscalationOrganization org, int count, string connectionString, CancellationToken ct)
    {
        using var http = PortalHttp.NewClient(api);
        var token = new AuthenticationHeaderValue("Bearer", await PortalHttp.TokenAsync(http, org.ClinicianEmail, ct));
        var tag = org.OrganizationId.ToString("N")[..8];
        var clients = new Guid[count];
        var clock = Stopwatch.StartNew();
        var clientsDone = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (i, token2) =>
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["givenName"] = "Bench",
                ["familyName"] = "Client " + Letters(i),
                ["dateOfBirth"] = new DateOnly(1970, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["email"] = $"client{i.ToString("0000", CultureInfo.InvariantCulture)}.{tag}@bench.clinic",
                ["track"] = "General",
                ["timeZone"] = "Europe/London",
            });
            using var created = await PostAsync(http, token, "api/v1/clients", body, token2);
            clients[i] = created.RootElement.GetProperty("id").GetGuid();
            Progress("clients", ref clientsDone, count);
        });
        var clientsTook = clock.Elapsed;

        clock.Restart();
        var alertsDone = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (i, token2) =>
        {
            const string body = """{"tier":"Imminent","reason":"Load test: escalation lateness."}""";
            using var created = await PostAsync(http, token, $"api/v1/clients/{clients[i]:D}/alerts", body, token2);
            Progress("alerts", ref alertsDone, count);
        });
        var alertsTook = clock.Elapsed;

        var deadlines = await VerifyAsync(connectionString, org, count, ct);
        return new EscalationSeed(org, deadlines, clientsTook, alertsTook);
    }

    /// <summary>
    /// After seeding: N clients, N open alerts (level 0, one round allocated, the clinician notified once), N pending
    /// deadlines (Escalation, round 1, level 1, one per alert, none due yet) and nothing else pending. Returns their ids.
    /// </summary>
    private static async Task<Guid[]> VerifyAsync(string connectionString, EscalationOrganization org, int count, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var checks = new (string What, string Sql)[]
        {
            ("clients", "SELECT count(*) FROM clients WHERE organization_id = @o AND clinician_id = @c"),
            ("open alerts (level 0, 1 round allocated, 2 timeline entries)",
                "SELECT count(*) FROM alerts WHERE organization_id = @o AND status = 'Open' AND tier = 'Imminent' AND level = 0 AND last_round = 0 AND rounds_allocated = 1 AND events_recorded = 2"),
            ("alerts", "SELECT count(*) FROM alerts WHERE organization_id = @o"),
            ("pending escalation deadlines (round 1, level 1, not yet due)",
                "SELECT count(*) FROM alert_deadlines WHERE organization_id = @o AND fired_at IS NULL AND cancelled_at IS NULL AND kind = 'Escalation' AND round = 1 AND level = 1 AND due_at > now() + interval '10 minutes'"),
            ("deadlines", "SELECT count(*) FROM alert_deadlines WHERE organization_id = @o"),
            ("alerts with one pending deadline",
                "SELECT count(*) FROM (SELECT alert_id FROM alert_deadlines WHERE organization_id = @o AND fired_at IS NULL AND cancelled_at IS NULL GROUP BY alert_id HAVING count(*) = 1) x"),
            ("clinician notifications (round 0)",
                "SELECT count(*) FROM notifications WHERE organization_id = @o AND round = 0 AND target = 'Clinician' AND recipient_user_id = @c"),
        };
        foreach (var (what, sql) in checks)
        {
            var found = await ScalarAsync(connection, sql, org, ct);
            if (found != count)
            {
                throw new InvalidOperationException($"Seeding check failed: {what}: {found}, expected {count}.");
            }
        }

        var supervisorRounds = await ScalarAsync(connection, "SELECT count(*) FROM notifications WHERE organization_id = @o AND recipient_user_id = @s", org, ct);
        if (supervisorRounds != 0)
        {
            throw new InvalidOperationException($"Seeding check failed: {supervisorRounds} supervisor notifications before any deadline fired.");
        }

        await using var command = new NpgsqlCommand(
            "SELECT id FROM alert_deadlines WHERE organization_id = @o AND fired_at IS NULL AND cancelled_at IS NULL ORDER BY id", connection);
        command.Parameters.AddWithValue("o", org.OrganizationId);
        var ids = new List<Guid>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        Console.WriteLine($"Seeding checked: {count} clients, {count} open alerts, {count} pending deadlines (Escalation, round 1, level 1), one per alert.");
        return [.. ids];
    }

    internal static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, EscalationOrganization org, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("o", org.OrganizationId);
        command.Parameters.AddWithValue("c", org.ClinicianId);
        command.Parameters.AddWithValue("s", org.SupervisorId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<JsonDocument> PostAsync(HttpClient http, AuthenticationHeaderValue token, string path, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = Json } },
        };
        request.Headers.Authorization = token;
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            // The problem document names fields and codes, not the values sent.
            throw new InvalidOperationException($"POST {path.Split('/')[2]} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text);
    }

    /// <summary>A name part from a number (names are letters: "A", "B", ..., "BA").</summary>
    private static string Letters(int n)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, (char)('A' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return text.ToString();
    }

    private static void Progress(string what, ref int done, int count)
    {
        var now = Interlocked.Increment(ref done);
        if (now % 250 == 0 || now == count)
        {
            Console.WriteLine($"  {what}: {now} of {count}");
        }
    }
}
