using System.Text.Json;
using ClinicalPortal.Application.Supervision;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Supervision;

/// <summary>
/// <see cref="ICaseloadFacts"/> in two statements. The results: one pass over the clients' rows in the order of the
/// index (client, instrument, submitted_at, id), numbered from both ends within each client's instrument and, for the
/// window start, within the rows at or before it; only the rows the rules read come back (at most four per
/// client and instrument). The homework: one aggregate over (client, date) ranges, each client's own today.
/// </summary>
internal sealed class CaseloadFacts(PortalDbContext db) : ICaseloadFacts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<MeasureFact>> MeasuresAsync(IReadOnlyList<Guid> clientIds, DateTimeOffset windowStart, CancellationToken ct)
    {
        if (clientIds.Count == 0)
        {
            return [];
        }

        var ids = clientIds.ToArray();
        var start = windowStart.ToUniversalTime();
        var rows = await db.Database.SqlQuery<MeasureRow>($"""
            SELECT client_id, instrument_code, submitted_at, total, subscales::text AS subscales, results, is_first, from_end, at_window_start
            FROM (
                SELECT a.client_id, a.instrument_code, a.submitted_at, a.total, a.subscales,
                       count(*) OVER per_instrument AS results,
                       row_number() OVER (per_instrument ORDER BY a.submitted_at, a.id) = 1 AS is_first,
                       row_number() OVER (per_instrument ORDER BY a.submitted_at DESC, a.id DESC) AS from_end,
                       a.submitted_at <= {start} AND row_number() OVER (
                           PARTITION BY a.client_id, a.instrument_code, a.submitted_at <= {start}
                           ORDER BY a.submitted_at DESC, a.id DESC) = 1 AS at_window_start
                FROM assessments a
                WHERE a.client_id = ANY({ids})
                WINDOW per_instrument AS (PARTITION BY a.client_id, a.instrument_code)
            ) numbered
            WHERE is_first OR from_end <= 2 OR at_window_start
            """).ToListAsync(ct);
        return rows.Select(r => new MeasureFact(
                r.ClientId, r.InstrumentCode, r.SubmittedAt, r.Total,
                JsonSerializer.Deserialize<Dictionary<string, decimal?>>(r.Subscales, Json) ?? [],
                (int)r.Results, r.IsFirst, (int)r.FromEnd, r.AtWindowStart))
            .ToList();
    }

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
        Guid ClientId, string InstrumentCode, DateTimeOffset SubmittedAt, decimal? Total, string Subscales, long Results, bool IsFirst,
        long FromEnd, bool AtWindowStart);

    private sealed record HomeworkRow(Guid ClientId, long Due, long Done);
}
