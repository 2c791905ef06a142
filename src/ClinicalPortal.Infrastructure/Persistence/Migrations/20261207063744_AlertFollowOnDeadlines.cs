using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlertFollowOnDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The timeline's free text is kept, renamed for what it now holds: ciphertext (ADR 0014). Rows written before
            // in clear are encrypted at start-up (HealthTextBackfill), since a migration has no keys.
            migrationBuilder.RenameColumn(name: "text", table: "alert_events", newName: "text_protected");
            migrationBuilder.AlterColumn<string>(
                name: "text_protected", table: "alert_events", type: "text", nullable: true,
                oldClrType: typeof(string), oldType: "character varying(4000)", oldMaxLength: 4000, oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missed",
                table: "notifications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "emergency_contact_protected",
                table: "clients",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_protected",
                table: "clients",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "contacted_at",
                table: "alerts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "cosign_requested_by",
                table: "alerts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cosigned_at",
                table: "alerts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "cosigned_by",
                table: "alerts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_assessment",
                table: "alerts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "alerts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "alert_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missed",
                table: "alert_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Policies stored before first-contact and resolution deadlines existed take the defaults (EscalationPolicy.Default).
            const string followOn =
                "jsonb_build_object('firstContactWithinMinutes', jsonb_build_object('Imminent', 60, 'High', 240, 'Elevated', 1440), " +
                "'resolveWithinMinutes', jsonb_build_object('Imminent', 240, 'High', 1440, 'Elevated', 4320))";
            migrationBuilder.Sql($"UPDATE organizations SET escalation_policy = {followOn} || escalation_policy WHERE NOT escalation_policy ? 'resolveWithinMinutes';");
            migrationBuilder.Sql($"UPDATE alerts SET policy = {followOn} || policy WHERE NOT policy ? 'resolveWithinMinutes';");

            // An alert acknowledged before this change has no pending deadline: it gets its resolution deadline from its
            // acknowledgement (one already past fires at once and escalates), on the next round it has not handed out.
            migrationBuilder.Sql("""
                WITH legacy AS (
                    SELECT a.id, a.organization_id, a.rounds_allocated + 1 AS round, a.level + 1 AS level,
                           a.acknowledged_at + make_interval(mins => (a.policy -> 'resolveWithinMinutes' ->> a.tier)::int) AS due_at
                    FROM alerts a
                    WHERE a.status = 'Acknowledged'
                      AND NOT EXISTS (SELECT 1 FROM alert_deadlines d WHERE d.alert_id = a.id AND d.fired_at IS NULL AND d.cancelled_at IS NULL)
                ), scheduled AS (
                    INSERT INTO alert_deadlines (id, alert_id, organization_id, kind, round, level, due_at)
                    SELECT gen_random_uuid(), id, organization_id, 'Resolution', round, level, due_at FROM legacy
                    RETURNING alert_id
                )
                UPDATE alerts SET rounds_allocated = rounds_allocated + 1 WHERE id IN (SELECT alert_id FROM scheduled);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "missed",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "emergency_contact_protected",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "phone_protected",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "contacted_at",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "cosign_requested_by",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "cosigned_at",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "cosigned_by",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "risk_assessment",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "version",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "alert_events");

            migrationBuilder.DropColumn(
                name: "missed",
                table: "alert_events");

            migrationBuilder.AlterColumn<string>(
                name: "text_protected", table: "alert_events", type: "character varying(4000)", maxLength: 4000, nullable: true,
                oldClrType: typeof(string), oldType: "text", oldNullable: true);
            migrationBuilder.RenameColumn(name: "text_protected", table: "alert_events", newName: "text");
        }
    }
}
