using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Access that ends: a login can be disabled (staff deactivated, client discharged), a client discharged, a staff
    /// member deactivated, a measure schedule ended early. Existing clients are in care.
    /// </summary>
    public partial class AccessLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clients_organization_id_clinician_id",
                table: "clients");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "disabled_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                table: "staff_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "deactivated_by",
                table: "staff_members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deactivation_reason",
                table: "staff_members",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ended_at",
                table: "measure_schedules",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ended_by",
                table: "measure_schedules",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discharge_reason",
                table: "clients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "discharged_at",
                table: "clients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "discharged_by",
                table: "clients",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "clients",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Active"); // every client so far is in care

            migrationBuilder.CreateIndex(
                name: "ix_clients_organization_id_clinician_id_status",
                table: "clients",
                columns: new[] { "organization_id", "clinician_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clients_organization_id_clinician_id_status",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "disabled_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "deactivated_by",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "deactivation_reason",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "ended_at",
                table: "measure_schedules");

            migrationBuilder.DropColumn(
                name: "ended_by",
                table: "measure_schedules");

            migrationBuilder.DropColumn(
                name: "discharge_reason",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "discharged_at",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "discharged_by",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "status",
                table: "clients");

            migrationBuilder.CreateIndex(
                name: "ix_clients_organization_id_clinician_id",
                table: "clients",
                columns: new[] { "organization_id", "clinician_id" });
        }
    }
}
