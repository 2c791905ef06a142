using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>Command-line settings of one run.</summary>
internal sealed record BenchOptions
{
    public int Seconds { get; init; } = 20;
    public int Concurrency { get; init; } = 16;
    public int Warmup { get; init; } = 5;

    /// <summary>0: every submission is risk-free (item 9 = 0). N: every Nth submission of a worker has item 9 &gt; 0.</summary>
    public int RiskEvery { get; init; }

    /// <summary>Also time GET /api/v1/instruments and GET /api/v1/me, to split the submit cost into layers.</summary>
    public bool Breakdown { get; init; }

    /// <summary>Skip the builds of src/ClinicalPortal.Api and bench/ClinicalPortal.Floor (use the existing build output).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Do not start the floor (bench/ClinicalPortal.Floor) nor time it; the floor target is then not judged.</summary>
    public bool NoFloor { get; init; }

    /// <summary>
    /// Instead of the submit benchmark: escalation lateness (fire time minus deadline) of <see cref="Alerts"/> deadlines
    /// made due at one instant, fired by the escalation workers of <see cref="Instances"/> API processes on one database.
    /// </summary>
    public bool EscalationLateness { get; init; }

    /// <summary>Instead: the progress-report renderer alone against a bare one-page PDFsharp document (no database).</summary>
    public bool ReportRender { get; init; }

    /// <summary>
    /// Instead: end-to-end progress reports over HTTP for <see cref="ReportClients"/> clients with a year of data each,
    /// then the renderer alone (<see cref="ReportRender"/>) in the same run.
    /// </summary>
    public bool ProgressReport { get; init; }

    /// <summary>Clients with a year of data each (progress-report mode).</summary>
    public int ReportClients { get; init; } = 8;

    /// <summary>Instead: the web pages' server time for a clinician's caseload (<see cref="PageClients"/> clients with a year of data each).</summary>
    public bool Pages { get; init; }

    /// <summary>The caseload of the page benchmark.</summary>
    public int PageClients { get; init; } = 200;

    /// <summary>Instead: the supervision benchmark (caseload risk against hand-tuned SQL) on generated data.</summary>
    public bool Supervision { get; init; }

    /// <summary>Clients of the generated organisation (supervision mode).</summary>
    public int SupervisionClients { get; init; } = 10_000;

    /// <summary>Clinicians of the generated organisation, 20 to a supervisor (supervision mode).</summary>
    public int SupervisionClinicians { get; init; } = 200;

    /// <summary>
    /// Instead: the sample progress reports (clinician and client) of the demo client with the most results, made by the
    /// API's Development build from the demo data its start-up seeds, written with their pages as PNG into this folder.
    /// </summary>
    public string? ReportSamples { get; init; }

    /// <summary>Clients, each with one open alert with one pending escalation deadline (escalation mode).</summary>
    public int Alerts { get; init; } = 1000;

    /// <summary>
    /// Deadlines of a warm-up organisation fired, the same way, before the measured burst (escalation mode): each
    /// instance's firing code is compiled and its connection pool open, as in an instance that has been up for a while.
    /// </summary>
    public int WarmupAlerts { get; init; } = 200;

    /// <summary>API processes on the one database, each running the escalation worker (escalation mode).</summary>
    public int Instances { get; init; } = 2;

    /// <summary><c>Escalation:PollInterval</c> of the instances; null: the application's default.</summary>
    public TimeSpan? PollInterval { get; init; }

    /// <summary><c>Escalation:BatchSize</c> of the instances; null: the application's default.</summary>
    public int? BatchSize { get; init; }

    /// <summary><c>Escalation:Parallelism</c> of the instances; null: the application's default.</summary>
    public int? Parallelism { get; init; }

    /// <summary>How far ahead of the UPDATE the common deadline lies (escalation mode).</summary>
    public TimeSpan Lead { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait after the deadline for every deadline to fire (escalation mode).</summary>
    public TimeSpan FireTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Escalation lateness p99 must stay under this plus the poll interval (product issue).</summary>
    public static readonly TimeSpan TargetLatenessOverPoll = TimeSpan.FromSeconds(2);

    /// <summary>The endpoint's rate must be at least this share of the floor's, measured in the same run.</summary>
    public const double TargetFloorRatio = 0.5;
    public const double TargetP99Ms = 25;

    public static string Usage =>
        """
        usage: dotnet run -c Release --project bench/ClinicalPortal.LoadTest -- [options]
          --seconds N       measured seconds per phase (default 20)
          --concurrency N   concurrent clients / connections (default 16)
          --warmup N        warm-up seconds before each phase (default 5)
          --risk-every N    every Nth submission of a worker has PHQ-9 item 9 > 0 (default 0: none); needs
                            --no-floor: the API raises a crisis alert in that transaction, the floor does not
          --breakdown       also time GET /api/v1/instruments and GET /api/v1/me (same settings)
          --no-floor        do not start or time the floor (bench/ClinicalPortal.Floor); its target is not judged
          --no-build        do not build src/ClinicalPortal.Api and bench/ClinicalPortal.Floor first
        escalation lateness (instead of the submit benchmark; the options above except --no-build do not apply):
          --progress-report   POST /api/v1/clients/{id}/progress-reports end to end for clients with a year of data
                              each (1 worker, then --concurrency workers; --seconds and --warmup apply), then the
                              renderer alone against a bare page in the same run
          --report-clients N  clients with a year of data (default 8)
          --pages             the web pages (/app ...) of a clinician, their supervisor, an administrator and a client,
                              signed in through the login page, one page at a time by 1 worker (--seconds, --warmup apply)
          --page-clients N    the clinician's caseload, each client with a year of data (default 200)
          --supervision       GET /api/v1/supervision/caseload-risk for a supervisor of 20 clinicians against the same
                              computation as one hand-tuned SQL statement, on generated data (--seconds, --warmup apply)
          --supervision-clients N     clients of the generated organisation (default 10000; 100 results, 200 tasks each)
          --supervision-clinicians N  clinicians, 20 to a supervisor (default 200)
          --report-render   the progress-report renderer alone against a bare one-page PDFsharp document, in process
          --report-samples DIR   start the API's Development build on a private cluster (it seeds the demo data), download
                                 the clinician and the client report of the demo client with the most results over
                                 the real endpoints, write them (PDF) and their pages (PNG, pdftoppm -r 80) into DIR
          --escalation-lateness   N clients with one open alert each; all N escalation deadlines made due at one
                                  instant; lateness (fired_at - due_at) as the instances' escalation workers fire them
          --alerts N              alerts / deadlines (default 1000)
          --warmup-alerts N       first fire N deadlines of another organisation the same way, unmeasured (default
                                  200; 0: the measured burst meets cold instances)
          --instances N           API processes on the one database (default 2)
          --poll-interval T       Escalation:PollInterval of the instances, e.g. 00:00:01 (default: the application's)
          --batch-size N          Escalation:BatchSize (default: the application's)
          --parallelism N         Escalation:Parallelism (default: the application's)
          --lead T                the deadline lies this far after the UPDATE that sets it (default 00:00:03)
          --fire-timeout T        give up when not all have fired this long after the deadline (default 00:02:00)
        environment: PORTAL_BENCH_DB = connection string of an existing database to use instead of a private cluster
        """;

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": options = options with { Seconds = Positive(args, ref i) }; break;
                case "--concurrency": options = options with { Concurrency = Positive(args, ref i) }; break;
                case "--warmup": options = options with { Warmup = NonNegative(args, ref i) }; break;
                case "--risk-every": options = options with { RiskEvery = NonNegative(args, ref i) }; break;
                case "--breakdown": options = options with { Breakdown = true }; break;
                case "--no-build": options = options with { NoBuild = true }; break;
                case "--no-floor": options = options with { NoFloor = true }; break;
                case "--escalation-lateness": options = options with { EscalationLateness = true }; break;
                case "--progress-report": options = options with { ProgressReport = true }; break;
                case "--report-clients": options = options with { ReportClients = Positive(args, ref i) }; break;
                case "--pages": options = options with { Pages = true }; break;
                case "--page-clients": options = options with { PageClients = Positive(args, ref i) }; break;
                case "--supervision": options = options with { Supervision = true }; break;
                case "--supervision-clients": options = options with { SupervisionClients = Positive(args, ref i) }; break;
                case "--supervision-clinicians": options = options with { SupervisionClinicians = Positive(args, ref i) }; break;
                case "--report-render": options = options with { ReportRender = true }; break;
                case "--report-samples": options = options with { ReportSamples = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--report-samples needs a folder") }; break;
                case "--alerts": options = options with { Alerts = Positive(args, ref i) }; break;
                case "--warmup-alerts": options = options with { WarmupAlerts = NonNegative(args, ref i) }; break;
                case "--instances": options = options with { Instances = Positive(args, ref i) }; break;
                case "--poll-interval": options = options with { PollInterval = Duration(args, ref i) }; break;
                case "--batch-size": options = options with { BatchSize = Positive(args, ref i) }; break;
                case "--parallelism": options = options with { Parallelism = Positive(args, ref i) }; break;
                case "--lead": options = options with { Lead = Duration(args, ref i) }; break;
                case "--fire-timeout": options = options with { FireTimeout = Duration(args, ref i) }; break;
                case "-h" or "--help": return null;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        // A risky submission raises an alert (timeline, notification, e-mail, deadline) in the API's transaction; the
        // floor writes only the assessment, its audit row and an outbox row, so the two would not do the same work.
        if (options.RiskEvery > 0 && !options.NoFloor && !options.EscalationLateness)
        {
            throw new ArgumentException("--risk-every needs --no-floor: a risky submission raises a crisis alert in the API, which the floor does not");
        }

        return options;
    }

    private static int Positive(string[] args, ref int i)
    {
        var value = NonNegative(args, ref i);
        return value > 0 ? value : throw new ArgumentException($"{args[i - 1]} must be at least 1");
    }

    private static TimeSpan Duration(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || !TimeSpan.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{args[i]} needs a positive duration such as 00:00:01");
        }

        i++;
        return value;
    }

    private static int NonNegative(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"{args[i]} needs a whole number");
        }

        i++;
        return value;
    }
}
