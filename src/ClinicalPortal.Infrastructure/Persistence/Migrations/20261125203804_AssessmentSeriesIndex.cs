using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentSeriesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assessments_client_id_instrument_code_submitted_at",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_client_id_instrument_code_submitted_at_id",
                table: "assessments",
                columns: new[] { "client_id", "instrument_code", "submitted_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assessments_client_id_instrument_code_submitted_at_id",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_client_id_instrument_code_submitted_at",
                table: "assessments",
                columns: new[] { "client_id", "instrument_code", "submitted_at" });
        }
    }
}
