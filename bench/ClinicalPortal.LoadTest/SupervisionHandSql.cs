using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;
using Npgsql;
using NpgsqlTypes;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The caseload-risk computation for one supervisor written as one hand-tuned SQL statement, run directly with Npgsql:
/// the same team, the same rules (the instruments' reliable-change criteria passed in as arrays, built from the
/// instrument library), the same figures per clinician and the same first page of flagged clients (ids and flag codes,
/// most flags first), in one round trip and one JSON value. The benchmark's yardstick for GET
/// /api/v1/supervision/caseload-risk, and its cross-check: both must give the same figures.
/// </summary>
internal static class SupervisionHandSql
{
    public const string Sql = """
        WITH team AS (
            SELECT s.id FROM staff_members s
            WHERE s.organization_id = @org AND s.role = 'Clinician' AND s.deactivated_at IS NULL AND s.supervisor_id = @supervisor
        ), cl AS (
            SELECT c.id, c.clinician_id, c.family_name, c.given_name, (@now AT TIME ZONE c.time_zone)::date AS today
            FROM clients c
            WHERE c.organization_id = @org AND c.status = 'Active'
              AND (c.clinician_id = @supervisor OR c.clinician_id IN (SELECT id FROM team))
        ), crit AS (
            SELECT * FROM unnest(@codes, @scales, @points, @sdiff2, @higher) AS k(code, scale, points, sdiff2, higher)
        ), pts AS (
            SELECT s.*, w.found AS has_window, w.total AS window_total, w.subscales AS window_subscales
            FROM measure_summaries s
            LEFT JOIN LATERAL (
                SELECT true AS found, a.total, a.subscales FROM assessments a
                WHERE s.first_at <= @window_start AND s.latest_at > @window_start
                  AND a.client_id = s.client_id AND a.instrument_code = s.instrument_code AND a.submitted_at <= @window_start
                ORDER BY a.submitted_at DESC, a.id DESC LIMIT 1) w ON true
            WHERE s.client_id IN (SELECT id FROM cl)
        ), changes AS (
            SELECT p.client_id, p.instrument_code, k.points, k.sdiff2, k.higher, p.first_at, p.latest_at,
                   p.results = 1 AS single, p.previous_id IS NOT NULL AS has_previous,
                   CASE WHEN k.scale = '' THEN p.first_total ELSE (p.first_subscales ->> k.scale)::numeric END AS first_v,
                   CASE WHEN k.scale = '' THEN p.latest_total ELSE (p.latest_subscales ->> k.scale)::numeric END AS latest_v,
                   CASE WHEN k.scale = '' THEN p.previous_total ELSE (p.previous_subscales ->> k.scale)::numeric END AS previous_v,
                   CASE WHEN coalesce(p.has_window, false) THEN CASE WHEN k.scale = '' THEN p.window_total ELSE (p.window_subscales ->> k.scale)::numeric END
                        ELSE CASE WHEN k.scale = '' THEN p.first_total ELSE (p.first_subscales ->> k.scale)::numeric END END AS ref_v
            FROM pts p JOIN crit k ON k.code = p.instrument_code
        ), judged AS (
            SELECT client_id, instrument_code,
                   bool_or(NOT single AND latest_at > @window_start AND ref_v IS NOT NULL AND latest_v IS NOT NULL
                           AND CASE WHEN points IS NOT NULL THEN abs(latest_v - ref_v) >= points ELSE (latest_v - ref_v) * (latest_v - ref_v) > 3.8416 * sdiff2 END
                           AND latest_v <> ref_v AND (latest_v > ref_v) <> higher) AS deteriorated,
                   bool_or(first_at <= @treatment_start AND first_v IS NOT NULL AND latest_v IS NOT NULL) AS eligible,
                   bool_or(first_v IS NOT NULL AND latest_v IS NOT NULL AND latest_v <> first_v
                           AND CASE WHEN points IS NOT NULL THEN abs(latest_v - first_v) >= points ELSE (latest_v - first_v) * (latest_v - first_v) > 3.8416 * sdiff2 END
                           AND (latest_v > first_v) = higher) AS improved,
                   bool_or(instrument_code = 'CBI' AND has_previous AND previous_v IS NOT NULL AND latest_v IS NOT NULL
                           AND latest_v >= 50 AND latest_v > previous_v) AS burnout
            FROM changes GROUP BY client_id, instrument_code
        ), measure_flags AS (
            SELECT client_id, bool_or(deteriorated) AS deteriorated,
                   bool_or(eligible) AND NOT bool_or(eligible AND improved) AS not_improving,
                   bool_or(burnout) AS burnout
            FROM judged GROUP BY client_id
        ), homework AS (
            SELECT t.client_id, count(*) FILTER (WHERE t.state <> 'Cancelled') AS due, count(*) FILTER (WHERE t.state = 'Done') AS done
            FROM cl JOIN homework_tasks t ON t.client_id = cl.id AND t.date >= cl.today - 14 AND t.date < cl.today
            GROUP BY t.client_id
        ), alert_flags AS (
            SELECT a.client_id, true AS open,
                   a.status = 'Open' AND (a.level > 0 OR (SELECT max(d.due_at) FROM alert_deadlines d
                                                          WHERE d.alert_id = a.id AND d.kind = 'Escalation' AND d.level = 1) <= @now) AS late
            FROM alerts a JOIN cl ON cl.id = a.client_id
            WHERE a.status <> 'Resolved'
        ), flags AS (
            SELECT cl.id, cl.clinician_id, cl.family_name, cl.given_name,
                   coalesce(m.deteriorated, false) AS deteriorated, coalesce(m.not_improving, false) AS not_improving,
                   coalesce(m.burnout, false) AS burnout, coalesce(h.due > 0 AND h.done < 0.30 * h.due, false) AS homework,
                   coalesce(al.open, false) AS open, coalesce(al.late, false) AS late
            FROM cl LEFT JOIN measure_flags m ON m.client_id = cl.id LEFT JOIN homework h ON h.client_id = cl.id
            LEFT JOIN alert_flags al ON al.client_id = cl.id
        ), counted AS (
            SELECT f.*, deteriorated::int + not_improving::int + burnout::int + homework::int + open::int + late::int AS n
            FROM flags f
        )
        SELECT json_build_object(
            'clinicians', (SELECT json_agg(json_build_object(
                    'clinicianId', x.clinician_id, 'activeClients', x.active, 'deteriorating', x.d, 'notImproving', x.ni, 'burnoutRising', x.b,
                    'homeworkOverdue', x.h, 'openAlerts', x.o, 'lateAlerts', x.l, 'flaggedClients', x.f) ORDER BY x.clinician_id)
                FROM (SELECT clinician_id, count(*) AS active, count(*) FILTER (WHERE deteriorated) AS d, count(*) FILTER (WHERE not_improving) AS ni,
                             count(*) FILTER (WHERE burnout) AS b, count(*) FILTER (WHERE homework) AS h, count(*) FILTER (WHERE open) AS o,
                             count(*) FILTER (WHERE late) AS l, count(*) FILTER (WHERE n > 0) AS f
                      FROM counted GROUP BY clinician_id) x),
            'flaggedTotal', (SELECT count(*) FROM counted WHERE n > 0),
            'clients', (SELECT json_agg(json_build_object('clientId', p.id, 'flagCount', p.n) ORDER BY p.n DESC, p.family_name, p.given_name, p.id)
                FROM (SELECT * FROM counted WHERE n > 0 ORDER BY n DESC, family_name, given_name, id LIMIT @limit) p))::text
        """;

    /// <summary>The statement with its parameters for the supervisor at <paramref name="now"/>.</summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, Guid organizationId, Guid supervisorId, DateTimeOffset now, int limit)
    {
        var criteria = InstrumentLibrary.All
            .SelectMany(i => new[] { (i.Code, Scale: "", Criterion: i.ReliableChange) }
                .Concat(i.Scoring.Subscales.Select(s => (i.Code, Scale: s.Key, Criterion: s.ReliableChange)))
                .Where(c => c.Criterion is not null)
                .Select(c => (c.Code, c.Scale, c.Criterion, i.HigherIsBetter)))
            .ToList();
        var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("org", organizationId));
        command.Parameters.Add(new NpgsqlParameter("supervisor", supervisorId));
        command.Parameters.Add(new NpgsqlParameter("now", now.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter("window_start", CaseloadRules.WindowStart(now).ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter("treatment_start", now.AddDays(-CaseloadRules.TreatmentDays).ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter("limit", limit));
        command.Parameters.Add(new NpgsqlParameter("codes", criteria.Select(c => c.Code).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("scales", criteria.Select(c => c.Scale).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("points", NpgsqlDbType.Array | NpgsqlDbType.Numeric)
        {
            Value = criteria.Select(c => c.Criterion is FixedPointsCriterion f ? (object)f.Points : DBNull.Value).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("sdiff2", NpgsqlDbType.Array | NpgsqlDbType.Numeric)
        {
            Value = criteria.Select(c => c.Criterion is JacobsonTruaxCriterion j ? (object)j.SdiffSquared : DBNull.Value).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("higher", criteria.Select(c => c.HigherIsBetter).ToArray()));
        return command;
    }
}
