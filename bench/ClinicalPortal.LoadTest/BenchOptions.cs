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

    /// <summary>The endpoint's rate must be at least this share of the floor's, measured in the same run.</summary>
    public const double TargetFloorRatio = 0.5;
    public const double TargetP99Ms = 25;

    public static string Usage =>
        """
        usage: dotnet run -c Release --project bench/ClinicalPortal.LoadTest -- [options]
          --seconds N       measured seconds per phase (default 20)
          --concurrency N   concurrent clients / connections (default 16)
          --warmup N        warm-up seconds before each phase (default 5)
          --risk-every N    every Nth submission of a worker has PHQ-9 item 9 > 0 (default 0: none)
          --breakdown       also time GET /api/v1/instruments and GET /api/v1/me (same settings)
          --no-floor        do not start or time the floor (bench/ClinicalPortal.Floor); its target is not judged
          --no-build        do not build src/ClinicalPortal.Api and bench/ClinicalPortal.Floor first
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
                case "-h" or "--help": return null;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        return options;
    }

    private static int Positive(string[] args, ref int i)
    {
        var value = NonNegative(args, ref i);
        return value > 0 ? value : throw new ArgumentException($"{args[i - 1]} must be at least 1");
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
