using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The same append-only rule, checked with an explicit column list instead of two jsonb copies of the row
    /// (the sealer updates every audit row once, so the guard runs as often as audit rows are written).
    /// A column added to audit_events must be added to this list.
    /// </summary>
    public partial class AuditGuardExplicitColumns : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_events_guard() RETURNS trigger
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
                       OR (NEW.id, NEW.organization_id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_client_app,
                           NEW.action, NEW.resource_type, NEW.resource_id, NEW.subject_client_id, NEW.ip_address,
                           NEW.request_id, NEW.outcome, NEW.status_code, NEW.purpose, NEW.details)
                          IS DISTINCT FROM
                          (OLD.id, OLD.organization_id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_client_app,
                           OLD.action, OLD.resource_type, OLD.resource_id, OLD.subject_client_id, OLD.ip_address,
                           OLD.request_id, OLD.outcome, OLD.status_code, OLD.purpose, OLD.details) THEN
                        RAISE EXCEPTION 'audit_events is append-only: only sealing an unsealed event is allowed'
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END;
                $$;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_events_guard() RETURNS trigger
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
                """);
        }
    }
}
