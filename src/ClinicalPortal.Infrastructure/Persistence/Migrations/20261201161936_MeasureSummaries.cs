using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// measure_summaries: per client and instrument, how many results there are and the first, latest and previous
    /// result's time and scores, kept by triggers on assessments (an insert updates the row in place; an update of what
    /// the summary reads, or a delete, recomputes the pair), so no writer can forget it and concurrent inserts serialise
    /// on the row. Read by the supervision queries instead of numbering every result of a caseload. Not in the EF model:
    /// only SQL reads it. Existing results are summarised here.
    /// </summary>
    public partial class MeasureSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE measure_summaries (
                    client_id uuid NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
                    instrument_code character varying(32) NOT NULL,
                    results integer NOT NULL CHECK (results > 0),
                    first_id uuid NOT NULL,
                    first_at timestamp with time zone NOT NULL,
                    first_total numeric,
                    first_subscales jsonb NOT NULL,
                    latest_id uuid NOT NULL,
                    latest_at timestamp with time zone NOT NULL,
                    latest_total numeric,
                    latest_subscales jsonb NOT NULL,
                    previous_id uuid,
                    previous_at timestamp with time zone,
                    previous_total numeric,
                    previous_subscales jsonb,
                    PRIMARY KEY (client_id, instrument_code)
                );

                -- One result more: compared by (submitted_at, id), the order every reader uses.
                CREATE FUNCTION measure_summaries_add() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO measure_summaries AS s (client_id, instrument_code, results,
                        first_id, first_at, first_total, first_subscales, latest_id, latest_at, latest_total, latest_subscales)
                    VALUES (NEW.client_id, NEW.instrument_code, 1,
                        NEW.id, NEW.submitted_at, NEW.total, NEW.subscales, NEW.id, NEW.submitted_at, NEW.total, NEW.subscales)
                    ON CONFLICT (client_id, instrument_code) DO UPDATE SET
                        results = s.results + 1,
                        first_id = CASE WHEN (NEW.submitted_at, NEW.id) < (s.first_at, s.first_id) THEN NEW.id ELSE s.first_id END,
                        first_at = CASE WHEN (NEW.submitted_at, NEW.id) < (s.first_at, s.first_id) THEN NEW.submitted_at ELSE s.first_at END,
                        first_total = CASE WHEN (NEW.submitted_at, NEW.id) < (s.first_at, s.first_id) THEN NEW.total ELSE s.first_total END,
                        first_subscales = CASE WHEN (NEW.submitted_at, NEW.id) < (s.first_at, s.first_id) THEN NEW.subscales ELSE s.first_subscales END,
                        latest_id = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN NEW.id ELSE s.latest_id END,
                        latest_at = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN NEW.submitted_at ELSE s.latest_at END,
                        latest_total = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN NEW.total ELSE s.latest_total END,
                        latest_subscales = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN NEW.subscales ELSE s.latest_subscales END,
                        previous_id = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN s.latest_id
                            WHEN s.previous_id IS NULL OR (NEW.submitted_at, NEW.id) > (s.previous_at, s.previous_id) THEN NEW.id ELSE s.previous_id END,
                        previous_at = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN s.latest_at
                            WHEN s.previous_id IS NULL OR (NEW.submitted_at, NEW.id) > (s.previous_at, s.previous_id) THEN NEW.submitted_at ELSE s.previous_at END,
                        previous_total = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN s.latest_total
                            WHEN s.previous_id IS NULL OR (NEW.submitted_at, NEW.id) > (s.previous_at, s.previous_id) THEN NEW.total ELSE s.previous_total END,
                        previous_subscales = CASE WHEN (NEW.submitted_at, NEW.id) > (s.latest_at, s.latest_id) THEN s.latest_subscales
                            WHEN s.previous_id IS NULL OR (NEW.submitted_at, NEW.id) > (s.previous_at, s.previous_id) THEN NEW.subscales ELSE s.previous_subscales END;
                    RETURN NULL;
                END $$;

                -- The summary of one pair from its rows (none left: no summary).
                CREATE FUNCTION measure_summaries_recompute(p_client uuid, p_instrument character varying) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM measure_summaries WHERE client_id = p_client AND instrument_code = p_instrument;
                    INSERT INTO measure_summaries (client_id, instrument_code, results,
                        first_id, first_at, first_total, first_subscales, latest_id, latest_at, latest_total, latest_subscales,
                        previous_id, previous_at, previous_total, previous_subscales)
                    SELECT p_client, p_instrument, c.n, f.id, f.submitted_at, f.total, f.subscales, l.id, l.submitted_at, l.total, l.subscales,
                           p.id, p.submitted_at, p.total, p.subscales
                    FROM (SELECT count(*)::integer AS n FROM assessments WHERE client_id = p_client AND instrument_code = p_instrument) c
                    CROSS JOIN LATERAL (SELECT * FROM assessments WHERE client_id = p_client AND instrument_code = p_instrument
                                        ORDER BY submitted_at, id LIMIT 1) f
                    CROSS JOIN LATERAL (SELECT * FROM assessments WHERE client_id = p_client AND instrument_code = p_instrument
                                        ORDER BY submitted_at DESC, id DESC LIMIT 1) l
                    LEFT JOIN LATERAL (SELECT * FROM assessments WHERE client_id = p_client AND instrument_code = p_instrument
                                       ORDER BY submitted_at DESC, id DESC OFFSET 1 LIMIT 1) p ON true
                    WHERE c.n > 0;
                END $$;

                CREATE FUNCTION measure_summaries_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM measure_summaries_recompute(OLD.client_id, OLD.instrument_code);
                    IF TG_OP = 'UPDATE' AND (NEW.client_id, NEW.instrument_code) IS DISTINCT FROM (OLD.client_id, OLD.instrument_code) THEN
                        PERFORM measure_summaries_recompute(NEW.client_id, NEW.instrument_code);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER assessments_summary_insert AFTER INSERT ON assessments
                    FOR EACH ROW EXECUTE FUNCTION measure_summaries_add();
                CREATE TRIGGER assessments_summary_update AFTER UPDATE OF client_id, instrument_code, submitted_at, total, subscales ON assessments
                    FOR EACH ROW EXECUTE FUNCTION measure_summaries_change();
                CREATE TRIGGER assessments_summary_delete AFTER DELETE ON assessments
                    FOR EACH ROW EXECUTE FUNCTION measure_summaries_change();

                INSERT INTO measure_summaries (client_id, instrument_code, results,
                    first_id, first_at, first_total, first_subscales, latest_id, latest_at, latest_total, latest_subscales,
                    previous_id, previous_at, previous_total, previous_subscales)
                SELECT client_id, instrument_code, results,
                       max(id::text) FILTER (WHERE n = 1)::uuid, max(submitted_at) FILTER (WHERE n = 1), max(total) FILTER (WHERE n = 1),
                       (array_agg(subscales) FILTER (WHERE n = 1))[1],
                       max(id::text) FILTER (WHERE n = results)::uuid, max(submitted_at) FILTER (WHERE n = results), max(total) FILTER (WHERE n = results),
                       (array_agg(subscales) FILTER (WHERE n = results))[1],
                       max(id::text) FILTER (WHERE n = results - 1)::uuid, max(submitted_at) FILTER (WHERE n = results - 1),
                       max(total) FILTER (WHERE n = results - 1), (array_agg(subscales) FILTER (WHERE n = results - 1))[1]
                FROM (SELECT a.*, row_number() OVER (PARTITION BY client_id, instrument_code ORDER BY submitted_at, id) AS n,
                             count(*) OVER (PARTITION BY client_id, instrument_code)::integer AS results
                      FROM assessments a) numbered
                GROUP BY client_id, instrument_code, results;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER assessments_summary_delete ON assessments;
                DROP TRIGGER assessments_summary_update ON assessments;
                DROP TRIGGER assessments_summary_insert ON assessments;
                DROP FUNCTION measure_summaries_change();
                DROP FUNCTION measure_summaries_recompute(uuid, character varying);
                DROP FUNCTION measure_summaries_add();
                DROP TABLE measure_summaries;
                """);
        }
    }
}
