using System.Text.Json;
using ClinicalPortal.Application.Supervision;
using ClinicalPortal.Domain.Supervision;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClinicalPortal.Infrastructure.Supervision;

/// <summary>
/// <see cref="ICaseloadFacts"/> in two statements. The results: <see cref="MeasuresSql"/>, one row per client and
/// instrument. The homework: one aggregate over (client, date) ranges, each client's own today.
/// </summary>
public sealed class CaseloadFacts(PortalDbContext db) : ICaseloadFacts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The results statement (parameters <c>@ids</c> uuid[], <c>@start</c> the window start): the clients' rows of
    /// measure_summaries (kept by triggers on assessments), and for each whose first result lies at or before the start
    /// and latest after it, one probe of the index (client_id, instrument_code, submitted_at, id) for the latest result at
    /// or before the start; for a CBI with three results or more, one more probe for the result before the previous (a
    /// sustained rise of burnout). Public for the benchmark, which prints its plan.
    /// </summary>
    public const string MeasuresSql = """
        SELECT s.client_id, s.instrument_code, s.results,
               s.first_at, s.first_total, s.first_subscales::text AS first_subscales,
               s.latest_at, s.latest_total, s.latest_subscales::text AS latest_subscales,
               s.previous_at, s.previous_total, s.previous_subscales::text AS previous_subscales,
               w.submitted_at AS window_at, w.total AS window_total, w.subscales::text AS window_subscales,
               b.submitted_at AS before_previous_at, b.total AS before_previous_total, b.subscales::text AS before_previous_subscales
        FROM measure_summaries s
        LEFT JOIN LATERAL (
            SELECT a.submitted_at, a.total, a.subscales
            FROM assessments a
            WHERE s.first_at <= @start AND s.latest_at > @start
              AND a.client_id = s.client_id AND a.instrument_code = s.instrument_code AND a.submitted_at <= @start
            ORDER BY a.submitted_at DESC, a.id DESC
            LIMIT 1
        ) w ON true
        LEFT JOIN LATERAL (
            SELECT a.submitted_at, a.total, a.subscales
            FROM assessments a
            WHERE s.instrument_code = 'CBI' AND s.results >= 3
              AND a.client_id = s.client_id AND a.instrument_code = s.instrument_code
            ORDER BY a.submitted_at DESC, a.id DESC
            OFFSET 2 LIMIT 1
        ) b ON true
        WHERE s.client_id = ANY(@ids)
        """;

    public async Task<IReadOnlyList<MeasureFact>> MeasuresAsync(IReadOnlyList<Guid> clientIds, DateTimeOffset windowStart, CancellationToken ct)
    {
        if (clientIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<MeasureRow>(
                MeasuresSql, new NpgsqlParameter("ids", clientIds.ToArray()), new NpgsqlParameter("start", windowStart.ToUniversalTime()))
            .ToListAsync(ct);
        return rows.Select(r => new MeasureFact(
                r.ClientId, r.InstrumentCode, r.Results,
                Point(r.FirstAt, r.FirstTotal, r.FirstSubscales)!, Point(r.LatestAt, r.LatestTotal, r.LatestSubscales)!,
                Point(r.PreviousAt, r.PreviousTotal, r.PreviousSubscales), Point(r.WindowAt, r.WindowTotal, r.WindowSubscales),
                Point(r.BeforePreviousAt, r.BeforePreviousTotal, r.BeforePreviousSubscales)))
            .ToList();
    }

    private static ScorePoint? Point(DateTimeOffset? at, decimal? total, string? subscales) =>
        at is { } when ? new ScorePoint(when, total, JsonSerializer.Deserialize<Dictionary<string, decimal?>>(subscales ?? "{}", Json) ?? []) : null;

    public async Task<IReadOnlyList<HomeworkFact>> HomeworkAsync(IReadOnlyList<Guid> clientIds, IReadOnlyList<DateOnly> todays, int days, CancellationToken ct)
    {
        if (clientIds.Count == 0)
        {
            return [];
        }

        var ids = clientIds.ToArray();
        var dates = todays.ToArray();
        var rows = await db.Database.SqlQuery<HomeworkRow>($"""
            SELECT t.client_id,
                   count(*) FILTER (WHERE t.state <> 'Cancelled') AS due,
                   count(*) FILTER (WHERE t.state = 'Done') AS done
            FROM unnest({ids}, {dates}) AS c(id, today)
            JOIN homework_tasks t ON t.client_id = c.id AND t.date >= c.today - {days} AND t.date < c.today
            GROUP BY t.client_id
            """).ToListAsync(ct);
        return rows.Where(r => r.Due > 0).Select(r => new HomeworkFact(r.ClientId, (int)r.Due, (int)r.Done)).ToList();
    }

    /// <summary>Mapped by the snake_case naming convention.</summary>
    private sealed record MeasureRow(
        Guid ClientId, string InstrumentCode, int Results,
        DateTimeOffset FirstAt, decimal? FirstTotal, string FirstSubscales,
        DateTimeOffset LatestAt, decimal? LatestTotal, string LatestSubscales,
        DateTimeOffset? PreviousAt, decimal? PreviousTotal, string? PreviousSubscales,
        DateTimeOffset? WindowAt, decimal? WindowTotal, string? WindowSubscales,
        DateTimeOffset? BeforePreviousAt, decimal? BeforePreviousTotal, string? BeforePreviousSubscales);

    private sealed record HomeworkRow(Guid ClientId, long Due, long Done);
}
