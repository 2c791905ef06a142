using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// measure_summaries_recompute takes a transaction lock on its pair first, so two updates or deletes of one client's
    /// results on one instrument at once recompute one after the other instead of both inserting the pair.
    /// </summary>
    public partial class MeasureSummaryRecomputeLock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION measure_summaries_recompute(p_client uuid, p_instrument character varying) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    -- Two recomputations of one pair at once would both insert it: the second waits for the first.
                    PERFORM pg_advisory_xact_lock(hashtextextended('measure_summaries:' || p_client::text || ':' || p_instrument, 0));
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION measure_summaries_recompute(p_client uuid, p_instrument character varying) RETURNS void LANGUAGE plpgsql AS $$
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
                """);
        }
    }
}
