using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// When each member of staff first turned sharing on, so that a check-in shown to a supervisor before an opt-out
    /// still counts as known beside the groups shown for its month. Filled from the audit trail (the earliest successful
    /// opt-in the member made) and, for those sharing now, at the latest their last change; null for anyone never seen
    /// opting in.
    /// </summary>
    public partial class WellbeingFirstShared : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_shared_at",
                table: "wellbeing_sharing",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE wellbeing_sharing AS s SET first_shared_at = (
                    SELECT min(t) FROM (
                        SELECT e.occurred_at AS t FROM audit_events AS e
                        WHERE e.action = 'wellbeing.sharing_set' AND e.outcome = 'Success' AND e.actor_user_id = s.staff_id
                          AND e.details ->> 'shareWithSupervisor' = 'true'
                        UNION ALL
                        SELECT s.changed_at WHERE s.shares_with_supervisor) AS opt_ins);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "first_shared_at",
                table: "wellbeing_sharing");
        }
    }
}
