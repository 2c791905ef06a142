using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClinicalPortal.DevTools.Mail;
using ClinicalPortal.DevTools.Sms;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Two real app processes (<c>dotnet ClinicalPortal.Api.dll</c>, each with its own escalation worker on the system
/// clock) on one database, as two instances behind a load balancer: every due escalation deadline fires exactly once,
/// with one round, one notification and one e-mail per recipient, one audit event, and both instances did part of the work.
/// </summary>
[Trait("Kind", "Process")]
public sealed partial class TwoProcessEscalationTests(PortalApp app)
{
    private const int Alerts = 60;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FireTimeout = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 240_000)]
    public async Task TwoAppProcesses_OnOneDatabase_FireEachDueDeadlineExactlyOnce_AndBothTakePart()
    {
        var ct = TestContext.Current.CancellationToken;
        // Seeded by an in-process instance whose workers do not run, on a database of its own; its fake clock stands
        // at the real time, so nothing it schedules (High: an hour) is due for the processes until the test says so.
        await using var mail = MailCatcher.Start();
        await using var sms = await SmsCatcher.StartAsync(ct: ct);
        await using var seeder = await ClockedPortal.StartAsync(app, smtpPort: mail.Port);
        var org = await seeder.CreateOrgAsync();
        var clients = await AlertSeeding.ClientsWithAlertsAsync(seeder, org, Alerts);
        var seeded = (await seeder.RowsAsync(
                "SELECT id, alert_id, round FROM alert_deadlines WHERE fired_at IS NULL AND cancelled_at IS NULL ORDER BY alert_id"))
            .Select(r => (Id: (Guid)r["id"]!, Alert: (Guid)r["alert_id"]!, Round: (int)r["round"]!)).ToList();
        Assert.Equal(Alerts, clients.Count);
        Assert.Equal(Alerts, seeded.Select(d => d.Alert).Distinct().Count()); // one pending deadline per alert
        Assert.Equal(Alerts, seeded.Count);

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing", // ephemeral token keys, no demo data
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Portal"] = seeder.ConnectionString,
            ["Portal__PublicBaseUrl"] = "http://localhost/",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = mail.Port.ToString(CultureInfo.InvariantCulture),
            ["Sms__BaseUrl"] = sms.BaseUrl,
            ["Sms__Account"] = SmsCatcher.Account,
            ["Sms__Token"] = SmsCatcher.Token,
            ["Sms__From"] = SmsCatcher.From,
            ["Escalation__PollInterval"] = "00:00:00.200",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled",
        };
        var clock = Stopwatch.StartNew();
        var starting = new[] { "first", "second" }.Select(name => PortalProcess.StartAsync(name, environment, StartTimeout, ct)).ToArray();
        PortalProcess[] processes;
        try
        {
            processes = await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var start in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await (await start).DisposeAsync();
            }

            throw;
        }

        await using var first = processes[0];
        await using var second = processes[1];
        var started = clock.Elapsed;
        string Tails() => $"\n{first.Tail()}\n{second.Tail()}";

        // Both workers poll already; now every deadline falls due at once, a moment from now (the database's clock).
        Assert.Equal(Alerts, await seeder.CountAsync(
            """
            WITH due AS (
                UPDATE alert_deadlines SET due_at = now() + interval '2 seconds'
                WHERE fired_at IS NULL AND cancelled_at IS NULL RETURNING 1)
            SELECT count(*) FROM due
            """));

        // Until each has fired and each batch is in a log (the line is written once its batch is done).
        var ids = seeded.Select(d => d.Id).ToArray();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var fired = await seeder.CountAsync("SELECT count(*) FROM alert_deadlines WHERE id = ANY(@ids) AND fired_at IS NOT NULL", ("ids", ids));
            var logged = Runs(first).Sum(r => r.Claimed) + Runs(second).Sum(r => r.Claimed);
            if (fired == Alerts && logged >= Alerts)
            {
                break;
            }

            Assert.False(first.HasExited || second.HasExited, $"a process ended while the deadlines fired ({fired} of {Alerts} fired).{Tails()}");
            Assert.True(waited.Elapsed < FireTimeout,
                $"after {FireTimeout.TotalSeconds} s, {fired} of {Alerts} deadlines fired and {logged} were logged as claimed.{Tails()}");
            await Task.Delay(200, ct);
        }

        var firedAfter = waited.Elapsed;
        // A few more polls of each worker: a second firing, were there one, would have its time to show.
        await Task.Delay(TimeSpan.FromSeconds(1), ct);

        // What each worker says it did: every deadline claimed once, fired once, none failed, and both took part.
        var (runsOfFirst, runsOfSecond) = (Runs(first), Runs(second));
        var all = runsOfFirst.Concat(runsOfSecond).ToList();
        var summary = $"first: {Describe(runsOfFirst)}; second: {Describe(runsOfSecond)}";
        Assert.True(all.Sum(r => r.Claimed) == Alerts, $"claimed {all.Sum(r => r.Claimed)}, not {Alerts}: {summary}{Tails()}");
        Assert.True(all.Sum(r => r.Fired) == Alerts, $"fired {all.Sum(r => r.Fired)}, not {Alerts}: {summary}{Tails()}");
        Assert.True(all.Sum(r => r.Failed) == 0, $"failures: {summary}{Tails()}");
        Assert.True(runsOfFirst.Sum(r => r.Fired) > 0 && runsOfSecond.Sum(r => r.Fired) > 0, $"one process did all the work: {summary}{Tails()}");
        foreach (var process in new[] { first, second })
        {
            var errors = process.Output.Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)
                                                   || l.StartsWith("warn: ClinicalPortal", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"{process.Name} logged problems:\n{string.Join('\n', errors)}{Tails()}");
            Assert.False(process.HasExited, process.Tail());
        }

        // Each deadline fired once; nothing was cancelled.
        var deadlines = await seeder.RowsAsync("SELECT fired_at, cancelled_at FROM alert_deadlines WHERE id = ANY(@ids)", ("ids", ids));
        Assert.Equal(Alerts, deadlines.Count);
        Assert.All(deadlines, d => Assert.NotNull(d["fired_at"]));
        Assert.All(deadlines, d => Assert.Null(d["cancelled_at"]));

        // One Escalated and one Notified event per alert for the deadline's round, by the system actor, to the supervisor
        // (beside the Notified event of round 0, when the alert was raised and its clinician told).
        var expectedRounds = seeded.Select(d => $"{d.Alert}:{d.Round}").Order(StringComparer.Ordinal).ToList();
        foreach (var (kind, rounds) in new[] { ("Escalated", "TRUE"), ("Notified", "round <> 0") })
        {
            var events = await seeder.RowsAsync(
                $"SELECT alert_id, round, target, actor_system FROM alert_events WHERE organization_id = @o AND kind = @k AND {rounds}",
                ("o", org.Id), ("k", kind));
            Assert.Equal(expectedRounds, events.Select(e => $"{e["alert_id"]}:{e["round"]}").Order(StringComparer.Ordinal));
            Assert.All(events, e => Assert.Equal("Supervisor", e["target"]));
            Assert.All(events, e => Assert.Equal("system:escalation", e["actor_system"]));
        }

        Assert.Equal(2 * Alerts, await seeder.CountAsync(
            "SELECT count(*) FROM alert_events WHERE organization_id = @o AND kind = 'Notified'", ("o", org.Id)));

        // Exactly one supervisor notification per alert, and no other notification than the clinician's when it was raised.
        var supervisor = org.Supervisor.Id;
        var expectedNotified = seeded.Select(d => $"{d.Alert}:{d.Round}:{supervisor}")
            .Concat(seeded.Select(d => $"{d.Alert}:0:{org.ClinicianA.Id}")).Order(StringComparer.Ordinal).ToList();
        var notified = await seeder.RowsAsync(
            "SELECT alert_id, round, recipient_user_id FROM notifications WHERE organization_id = @o", ("o", org.Id));
        Assert.Equal(expectedNotified, notified.Select(n => $"{n["alert_id"]}:{n["round"]}:{n["recipient_user_id"]}").Order(StringComparer.Ordinal));
        Assert.Equal(Alerts, await seeder.CountAsync(
            "SELECT count(*) FROM notifications WHERE organization_id = @o AND target = 'Supervisor' AND recipient_user_id = @s",
            ("o", org.Id), ("s", supervisor)));

        // One alert e-mail per (alert, round, recipient), each for its own notification.
        var emails = await seeder.RowsAsync(
            """
            SELECT o.dedup_key, n.alert_id, n.round, n.recipient_user_id
            FROM outbox_messages o LEFT JOIN notifications n ON n.id = (o.payload->>'NotificationId')::uuid
            WHERE o.organization_id = @o AND o.type = 'alert.email'
            """, ("o", org.Id));
        Assert.Equal(expectedNotified.Select(k => "alert:" + k), emails.Select(e => (string)e["dedup_key"]!).Order(StringComparer.Ordinal));
        Assert.All(emails, e => Assert.Equal($"alert:{e["alert_id"]}:{e["round"]}:{e["recipient_user_id"]}", e["dedup_key"]));

        // Exactly one audited firing per deadline, by the system actor, on its alert, that sent a round.
        var audited = await seeder.RowsAsync(
            """
            SELECT resource_id, actor_user_id, actor_client_app, outcome, details->>'outcome' AS fired
            FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire'
            """, ("o", org.Id));
        Assert.Equal(seeded.Select(d => d.Alert.ToString()).Order(StringComparer.Ordinal),
            audited.Select(a => (string)a["resource_id"]!).Order(StringComparer.Ordinal));
        Assert.All(audited, a =>
        {
            Assert.Null(a["actor_user_id"]);
            Assert.Equal("system:escalation", a["actor_client_app"]);
            Assert.Equal("Success", a["outcome"]);
            Assert.Equal("fired", a["fired"]);
        });
        Assert.Equal(Alerts, await seeder.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire' AND details->>'outcome' = 'fired'",
            ("o", org.Id)));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"two processes: ready after {started.TotalSeconds:F1} s; {Alerts} deadlines fired {firedAfter.TotalSeconds:F1} s after they were made due; {summary}");
    }

    /// <summary>The escalation worker's run lines in a process's output.</summary>
    private static List<(int Claimed, int Fired, int Failed)> Runs(PortalProcess process) =>
        process.Output.Select(line => RunLine().Match(line)).Where(m => m.Success)
            .Select(m => (Number(m, "claimed"), Number(m, "fired"), Number(m, "failed"))).ToList();

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Describe(List<(int Claimed, int Fired, int Failed)> runs) =>
        $"{runs.Count} runs, claimed {runs.Sum(r => r.Claimed)} ({string.Join(" ", runs.Select(r => r.Claimed))}), fired {runs.Sum(r => r.Fired)}, failed {runs.Sum(r => r.Failed)}";

    [GeneratedRegex(@"Escalation worker claimed (?<claimed>\d+) due deadlines: (?<fired>\d+) fired a round, (?<failed>\d+) failed\.")]
    private static partial Regex RunLine();
}
