using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The web pages' server time: a clinician with a caseload of <see cref="BenchOptions.PageClients"/> clients, each with
/// a year of data (<see cref="YearOfData"/>), their supervisor, an administrator and one of the clients, each signed in
/// through the real login page (cookie session); then each main page fetched in a closed loop by one worker, timed from
/// request to the last byte over loopback (the server's time plus the loopback hop: an upper bound). The client pages
/// that take a client id go through the caseload in turn. Target: p95 under 50 ms for every page.
/// </summary>
internal static partial class PagesBench
{
    public const double TargetP95Ms = 50;

    public static async Task<int> RunAsync(
        BenchOptions options, string root, string connectionString, IReadOnlyList<(string Name, string Value)> facts, int? postgresPid,
        CancellationToken ct)
    {
        await using var api = await ApiHost.StartAsync(root, connectionString, ct);
        Console.WriteLine($"Seeding a clinician with {options.PageClients} clients with a year of data each, a supervisor, an administrator ...");
        var seeded = await SeedAsync(connectionString, options.PageClients, ct);
        YearOfData.Counts? counts = null;
        for (var i = 0; i < seeded.Clients.Count; i++)
        {
            counts = await YearOfData.AddAsync(connectionString, seeded.Clients[i].ClientId, seed: i, ct);
        }

        using var clinician = await SignInAsync(api.BaseAddress, seeded.Clinician, ct);
        using var supervisor = await SignInAsync(api.BaseAddress, seeded.Supervisor, ct);
        using var admin = await SignInAsync(api.BaseAddress, seeded.Admin, ct);
        using var client = await SignInAsync(api.BaseAddress, seeded.Clients[0].Email, ct);
        var homework = await client.GetStringAsync(new Uri("app/homework", UriKind.Relative), ct);
        var task = TaskLink().Match(homework) is { Success: true } link ? link.Value : throw new InvalidOperationException("the client has no homework link");

        var ids = seeded.Clients.Select(c => c.ClientId.ToString("D")).ToArray();
        var pages = new (string Name, HttpClient Http, Func<long, string> Path)[]
        {
            ("clinician /app", clinician, _ => "app"),
            ("clinician /app/clients", clinician, _ => "app/clients"),
            ("clinician /app/clients?sort=attention", clinician, _ => "app/clients?sort=attention"),
            ("clinician /app/clients/{id}", clinician, i => $"app/clients/{ids[i % ids.Length]}"),
            ("clinician /app/clients/{id}/plan", clinician, i => $"app/clients/{ids[i % ids.Length]}/plan"),
            ("clinician /app/clients/{id}/schedules", clinician, i => $"app/clients/{ids[i % ids.Length]}/schedules"),
            ("clinician /app/clients/{id}/safety-plan", clinician, i => $"app/clients/{ids[i % ids.Length]}/safety-plan"),
            ("clinician /app/clients/{id}/report", clinician, i => $"app/clients/{ids[i % ids.Length]}/report"),
            ("clinician /app/alerts", clinician, _ => "app/alerts"),
            ("supervisor /app/supervision", supervisor, _ => "app/supervision"),
            ("client /app", client, _ => "app"),
            ("client /app/homework", client, _ => "app/homework"),
            ("client /app/homework/{id}", client, _ => task.TrimStart('/')),
            ("client /app/progress", client, _ => "app/progress"),
            ("client /app/questionnaires/PHQ-9", client, _ => "app/questionnaires/PHQ-9"),
            ("admin /app/admin", admin, _ => "app/admin"),
            ("admin /app/admin/staff", admin, _ => "app/admin/staff"),
            ("admin /app/admin/escalation", admin, _ => "app/admin/escalation"),
            ("admin /app/admin/audit", admin, _ => "app/admin/audit"),
        };

        // Each page answered once before timing: 200 and HTML.
        foreach (var (name, http, path) in pages)
        {
            using var check = await http.GetAsync(new Uri(path(0), UriKind.Relative), ct);
            if (check.StatusCode != HttpStatusCode.OK || check.Content.Headers.ContentType?.MediaType != "text/html")
            {
                throw new InvalidOperationException($"{name} answered {(int)check.StatusCode} {check.Content.Headers.ContentType}");
            }
        }

        var cpu = new CpuSampler(api.Process, null, postgresPid);
        var warmup = TimeSpan.FromSeconds(options.Warmup);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var results = new List<PhaseResult>();
        Console.WriteLine("Phases:");
        foreach (var (name, http, path) in pages)
        {
            async ValueTask<string?> GetAsync(int worker, long iteration, CancellationToken token)
            {
                using var response = await http.GetAsync(new Uri(path(iteration), UriKind.Relative), HttpCompletionOption.ResponseContentRead, token);
                return response.StatusCode == HttpStatusCode.OK ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }

            results.Add(await PhaseRunner.RunAsync(name, 1, warmup, duration, GetAsync, cpu, ct));
        }

        var w = Console.Out;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal page benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        w.WriteLine($"settings: {options.Seconds} s measured per page after {options.Warmup} s warm-up, 1 worker, cookie sessions from the login page");
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine($"{"caseload:",-32} {options.PageClients} clients of one clinician; each: {counts!.Assessments} results, {counts.Tasks} homework tasks ({counts.Done} done)");
        w.WriteLine();
        w.WriteLine($"{"page",-44} {"requests",8} {"mean ms",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var phase in results)
        {
            w.WriteLine($"{phase.Name,-44} {phase.Count,8} {phase.MeanMs,8:0.00} {phase.PercentileMs(50),8:0.00} " +
                        $"{phase.PercentileMs(95),8:0.00} {phase.PercentileMs(99),8:0.00} {phase.MaxMs,8:0.00} {phase.Errors,7}");
            foreach (var (kind, count) in phase.Failures)
            {
                w.WriteLine($"{"",-46}{kind}: {count}");
            }
        }

        var missed = results.Where(r => r.PercentileMs(95) >= TargetP95Ms || r.Errors > 0).Select(r => r.Name).ToList();
        w.WriteLine();
        w.WriteLine(missed.Count == 0
            ? $"every page's p95 under {TargetP95Ms:0} ms: met"
            : $"p95 under {TargetP95Ms:0} ms missed by: {string.Join(", ", missed)}");
        return missed.Count == 0 ? 0 : 3;
    }

    private sealed record Seeded(string Clinician, string Supervisor, string Admin, IReadOnlyList<SeededClient> Clients);

    private static async Task<Seeded> SeedAsync(string connectionString, int clients, CancellationToken ct)
    {
        await using var people = Seeding.People(connectionString);
        var seed = people.Seeder;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var org = await seed.OrganizationAsync($"Bench Pages {tag}", ct);
        var admin = $"admin.{tag}@bench.clinic";
        var supervisorEmail = $"supervisor.{tag}@bench.clinic";
        var clinicianEmail = $"clinician.{tag}@bench.clinic";
        await seed.StaffAsync(org, admin, "Bench Admin", Role.OrgAdmin, Seeding.Password, null, ct);
        var supervisor = await seed.StaffAsync(org, supervisorEmail, "Bench Supervisor", Role.Supervisor, Seeding.Password, null, ct);
        var clinician = await seed.StaffAsync(org, clinicianEmail, "Bench Clinician", Role.Clinician, Seeding.Password, supervisor, ct);
        var seeded = new List<SeededClient>(clients);
        for (var i = 0; i < clients; i++)
        {
            var email = $"client{i:000}.{tag}@bench.clinic";
            var client = await seed.ClientAsync(org, clinician, email, "Client", $"Bench{i:000}", new DateOnly(1980, 1, 1).AddDays(i * 37),
                CareTrack.General, Seeding.TimeZone, Seeding.Password, ct);
            seeded.Add(new SeededClient(client.Id.Value, email));
        }

        return new Seeded(clinicianEmail, supervisorEmail, admin, seeded);
    }

    /// <summary>A cookie session signed in through the login page, as a browser does it (antiforgery token, then the form).</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string email, CancellationToken ct)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30),
        };
        var login = await http.GetStringAsync(new Uri("account/login", UriKind.Relative), ct);
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Seeding.Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        using var signedIn = await http.PostAsync(new Uri("account/login", UriKind.Relative), form, ct);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in {email} answered {(int)signedIn.StatusCode}");
        }

        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/app/homework/[0-9a-f-]{36}")]
    private static partial Regex TaskLink();
}
