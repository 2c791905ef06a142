using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Practice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "modules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_modules", x => x.id);
                    table.ForeignKey(
                        name: "fk_modules_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goals_protected = table.Column<string>(type: "text", nullable: false),
                    note_to_client_protected = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    supersedes = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_plans_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practice_plans_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practice_plans_practice_plans_supersedes",
                        column: x => x.supersedes,
                        principalTable: "practice_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "module_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_module_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_module_versions_modules_module_id",
                        column: x => x.module_id,
                        principalTable: "modules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_plan_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_version = table.Column<int>(type: "integer", nullable: false),
                    module_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    frequency_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    times_per_week = table.Column<int>(type: "integer", nullable: true),
                    days_of_week = table.Column<int[]>(type: "integer[]", nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: false),
                    end = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_plan_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_plan_items_module_versions_module_version_id",
                        column: x => x.module_version_id,
                        principalTable: "module_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practice_plan_items_modules_module_id",
                        column: x => x.module_id,
                        principalTable: "modules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practice_plan_items_practice_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "practice_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "homework_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    distress_before = table.Column<int>(type: "integer", nullable: true),
                    distress_after = table.Column<int>(type: "integer", nullable: true),
                    responses_protected = table.Column<string>(type: "text", nullable: true),
                    reflection_protected = table.Column<string>(type: "text", nullable: true),
                    skip_reason_protected = table.Column<string>(type: "text", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    review_flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_homework_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_homework_tasks_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_homework_tasks_module_versions_module_version_id",
                        column: x => x.module_version_id,
                        principalTable: "module_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_homework_tasks_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_homework_tasks_practice_plan_items_plan_item_id",
                        column: x => x.plan_item_id,
                        principalTable: "practice_plan_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_homework_tasks_practice_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "practice_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_homework_tasks_client_id_date",
                table: "homework_tasks",
                columns: new[] { "client_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_homework_tasks_module_version_id",
                table: "homework_tasks",
                column: "module_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_homework_tasks_organization_id_review_flagged_at",
                table: "homework_tasks",
                columns: new[] { "organization_id", "review_flagged_at" },
                filter: "review_flagged_at IS NOT NULL AND reviewed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_homework_tasks_plan_id",
                table: "homework_tasks",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_homework_tasks_plan_item_id_date",
                table: "homework_tasks",
                columns: new[] { "plan_item_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_module_versions_module_id_number",
                table: "module_versions",
                columns: new[] { "module_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_modules_key",
                table: "modules",
                column: "key",
                unique: true,
                filter: "organization_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_modules_organization_id",
                table: "modules",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_plan_items_module_id",
                table: "practice_plan_items",
                column: "module_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_plan_items_module_version_id",
                table: "practice_plan_items",
                column: "module_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_plan_items_plan_id_position",
                table: "practice_plan_items",
                columns: new[] { "plan_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practice_plans_client_id_created_at",
                table: "practice_plans",
                columns: new[] { "client_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practice_plans_organization_id",
                table: "practice_plans",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_plans_supersedes",
                table: "practice_plans",
                column: "supersedes");

            migrationBuilder.CreateIndex(
                name: "ux_practice_plans_one_active_per_client",
                table: "practice_plans",
                column: "client_id",
                unique: true,
                filter: "status = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "homework_tasks");

            migrationBuilder.DropTable(
                name: "practice_plan_items");

            migrationBuilder.DropTable(
                name: "module_versions");

            migrationBuilder.DropTable(
                name: "practice_plans");

            migrationBuilder.DropTable(
                name: "modules");
        }
    }
}
