using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Wellbeing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wellbeing_checkins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_version = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    answers = table.Column<int?[]>(type: "integer[]", nullable: false),
                    scales = table.Column<string>(type: "jsonb", nullable: false),
                    bands = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wellbeing_checkins", x => x.id);
                    table.ForeignKey(
                        name: "fk_wellbeing_checkins_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_wellbeing_checkins_staff_members_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "wellbeing_sharing",
                columns: table => new
                {
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shares_with_supervisor = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wellbeing_sharing", x => x.staff_id);
                    table.ForeignKey(
                        name: "fk_wellbeing_sharing_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_wellbeing_sharing_staff_members_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wellbeing_checkins_organization_id_submitted_at",
                table: "wellbeing_checkins",
                columns: new[] { "organization_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_wellbeing_checkins_staff_id_submitted_at",
                table: "wellbeing_checkins",
                columns: new[] { "staff_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_wellbeing_sharing_organization_id",
                table: "wellbeing_sharing",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wellbeing_checkins");

            migrationBuilder.DropTable(
                name: "wellbeing_sharing");
        }
    }
}
