using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Well-being groups kept with their members (so a later view of the same month can be compared against them) and the
    /// organisation's support text for staff with a high check-in; and the CBI's bands as the PUMA study's categories
    /// with no clinical cut-off: the stored bands of earlier CBI results and staff check-ins are rewritten from their
    /// stored scale scores (under 50 low, 50-74 moderate, 75-99 high, 100 severe), and no CBI result is a case. Month
    /// figures kept before hold the old two-label band counts (a month of everyone "high" said each one's band) and no
    /// members to compare later groups with: they are dropped, and recomputed from the check-ins under the new rules
    /// when next viewed (they are derived data; the check-ins themselves are kept).
    /// </summary>
    public partial class WellbeingGroupsAndCbiBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "members",
                table: "wellbeing_month_aggregates",
                type: "uuid[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "wellbeing_support",
                table: "organizations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.Sql($"""
                UPDATE assessments SET caseness = false, subscale_bands = {Bands("subscales", PumaLabel)}
                WHERE instrument_code = 'CBI';
                UPDATE wellbeing_checkins SET bands = {Bands("scales", PumaLabel)};
                DELETE FROM wellbeing_month_aggregates;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "members",
                table: "wellbeing_month_aggregates");

            migrationBuilder.DropColumn(
                name: "wellbeing_support",
                table: "organizations");

            migrationBuilder.Sql($"""
                UPDATE assessments SET subscale_bands = {Bands("subscales", EarlierLabel)},
                       caseness = EXISTS (SELECT 1 FROM jsonb_each_text(subscales) AS s WHERE s.value IS NOT NULL AND s.value::numeric >= 50)
                WHERE instrument_code = 'CBI';
                UPDATE wellbeing_checkins SET bands = {Bands("scales", EarlierLabel)};
                """);
        }

        /// <summary>The PUMA study's categories: under 50 low, 50-74 moderate, 75-99 high, 100 severe.</summary>
        private const string PumaLabel =
            "CASE WHEN s.value::numeric < 50 THEN 'low' WHEN s.value::numeric < 75 THEN 'moderate' WHEN s.value::numeric < 100 THEN 'high' ELSE 'severe' END";

        /// <summary>The labels before: under 50 "not high", from 50 "high".</summary>
        private const string EarlierLabel = "CASE WHEN s.value::numeric < 50 THEN 'not high' ELSE 'high' END";

        private const string EmptyObject = "'{}'::jsonb";

        /// <summary>A jsonb object of each scored scale's band label (<paramref name="label"/>), from the scores in <paramref name="column"/>.</summary>
        private static string Bands(string column, string label) =>
            $"COALESCE((SELECT jsonb_object_agg(s.key, {label}) FROM jsonb_each_text({column}) AS s WHERE s.value IS NOT NULL), {EmptyObject})";
    }
}
