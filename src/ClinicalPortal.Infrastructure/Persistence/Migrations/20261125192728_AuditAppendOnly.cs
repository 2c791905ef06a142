using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The audit trail is append-only in the database itself, whatever the application does: no DELETE,
    /// no TRUNCATE, and the only UPDATE allowed is sealing a row that is not sealed yet (setting its chain
    /// position and hash) without changing anything else. The same holds for the application's own role.
    /// </summary>
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_guard() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
                        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    IF OLD.hash IS NOT NULL THEN
                        RAISE EXCEPTION 'audit_events is append-only: a sealed event cannot change'
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    IF NEW.hash IS NULL OR NEW.chain_sequence IS NULL
                       OR (to_jsonb(NEW) - 'chain_sequence' - 'previous_hash' - 'hash' - 'sealed_at')
                          IS DISTINCT FROM (to_jsonb(OLD) - 'chain_sequence' - 'previous_hash' - 'hash' - 'sealed_at') THEN
                        RAISE EXCEPTION 'audit_events is append-only: only sealing an unsealed event is allowed'
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END;
                $$;

                CREATE TRIGGER audit_events_append_only
                    BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION audit_events_guard();

                CREATE TRIGGER audit_events_no_truncate
                    BEFORE TRUNCATE ON audit_events
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_guard();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;
                DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events;
                DROP FUNCTION IF EXISTS audit_events_guard();
                """);
        }
    }
}
