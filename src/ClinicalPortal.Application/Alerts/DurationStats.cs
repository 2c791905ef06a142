namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Minutes from raise to an event over the alerts that reached it: how many, the median, the 90th percentile and the
/// longest (percentiles by linear interpolation between closest ranks, as PostgreSQL's percentile_cont). Null when none.
/// </summary>
public sealed record DurationStats(int Count, double? MedianMinutes, double? P90Minutes, double? MaxMinutes)
{
    public static DurationStats Of(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).Order().ToArray();
        if (minutes.Length == 0)
        {
            return new DurationStats(0, null, null, null);
        }

        return new DurationStats(minutes.Length, Round(Percentile(minutes, 0.5)), Round(Percentile(minutes, 0.9)), Round(minutes[^1]));
    }

    /// <summary>percentile_cont over sorted values: position p·(n−1), interpolated between its neighbours.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static double Round(double minutes) => Math.Round(minutes, 2);
}
