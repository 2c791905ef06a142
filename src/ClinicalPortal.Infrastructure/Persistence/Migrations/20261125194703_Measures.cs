using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Measures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    instrument_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    answers = table.Column<int?[]>(type: "integer[]", nullable: false),
                    total = table.Column<decimal>(type: "numeric", nullable: true),
                    subscales = table.Column<string>(type: "jsonb", nullable: false),
                    severity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    subscale_bands = table.Column<string>(type: "jsonb", nullable: false),
                    caseness = table.Column<bool>(type: "boolean", nullable: false),
                    risk_flags = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_by_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    request_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    cadence_days = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_schedules", x => x.id);
                    table.ForeignKey(
                        name: "fk_measure_schedules_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_client_id_idempotency_key",
                table: "assessments",
                columns: new[] { "client_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_client_id_instrument_code_submitted_at",
                table: "assessments",
                columns: new[] { "client_id", "instrument_code", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_organization_id",
                table: "assessments",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_schedules_client_id",
                table: "measure_schedules",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_schedules_organization_id",
                table: "measure_schedules",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "measure_schedules");
        }
    }
}
