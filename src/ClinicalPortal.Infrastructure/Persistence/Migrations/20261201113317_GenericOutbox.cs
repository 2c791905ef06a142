using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GenericOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "delivered_at",
                table: "outbox_messages",
                newName: "processed_at");

            migrationBuilder.AddColumn<Guid>(
                name: "claim_token",
                table: "outbox_messages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dedup_key",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "outbox_messages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Pending");

            // Rows delivered before: done. Pending risk.identified rows stay pending: their handler now raises the alert.
            migrationBuilder.Sql("UPDATE outbox_messages SET status = 'Done' WHERE processed_at IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dead",
                table: "outbox_messages",
                columns: new[] { "organization_id", "created_at" },
                filter: "status = 'DeadLetter'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "available_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ux_outbox_messages_dedup",
                table: "outbox_messages",
                columns: new[] { "type", "dedup_key" },
                unique: true,
                filter: "dedup_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_dead",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ux_outbox_messages_dedup",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "claim_token",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "dedup_key",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "status",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "processed_at",
                table: "outbox_messages",
                newName: "delivered_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "available_at",
                filter: "delivered_at IS NULL");
        }
    }
}
