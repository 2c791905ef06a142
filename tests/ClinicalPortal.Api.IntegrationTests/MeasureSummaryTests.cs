using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Api.IntegrationTests.SupervisionSeeding;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// measure_summaries, kept by triggers on assessments, always equals what the results themselves say: whatever the
/// order results arrive in, under concurrent submissions, and after a result is changed or removed.
/// </summary>
public sealed class MeasureSummaryTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The summary row as stored, and the same computed from the client's results, as comparable text.</summary>
    private async Task<(string Stored, string Computed)> BothAsync(Guid clientId, string instrument)
    {
        var stored = await app.RowsAsync(
            """
            SELECT results, first_id, first_at, first_total, first_subscales::text AS fs, latest_id, latest_at, latest_total,
                   latest_subscales::text AS ls, previous_id, previous_at, previous_total, previous_subscales::text AS ps
            FROM measure_summaries WHERE client_id = @c AND instrument_code = @i
            """, ("c", clientId), ("i", instrument));
        var computed = await app.RowsAsync(
            """
            SELECT count(*) OVER ()::integer AS results, f.id AS first_id, f.submitted_at AS first_at, f.total AS first_total, f.subscales::text AS fs,
                   l.id AS latest_id, l.submitted_at AS latest_at, l.total AS latest_total, l.subscales::text AS ls,
                   p.id AS previous_id, p.submitted_at AS previous_at, p.total AS previous_total, p.subscales::text AS ps
            FROM (SELECT count(*) AS n FROM assessments WHERE client_id = @c AND instrument_code = @i) c
            CROSS JOIN LATERAL (SELECT * FROM assessments WHERE client_id = @c AND instrument_code = @i ORDER BY submitted_at, id LIMIT 1) f
            CROSS JOIN LATERAL (SELECT * FROM assessments WHERE client_id = @c AND instrument_code = @i ORDER BY submitted_at DESC, id DESC LIMIT 1) l
            LEFT JOIN LATERAL (SELECT * FROM assessments WHERE client_id = @c AND instrument_code = @i ORDER BY submitted_at DESC, id DESC OFFSET 1 LIMIT 1) p ON true
            """, ("c", clientId), ("i", instrument));
        var count = await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c AND instrument_code = @i", ("c", clientId), ("i", instrument));
        static string Text(List<Dictionary<string, object?>> rows) =>
            string.Join(" | ", rows.SelectMany(r => r.Where(p => p.Key != "results").Select(p => $"{p.Key}={p.Value}")));
        return (stored.Count == 0 ? "none" : $"{stored[0]["results"]} {Text(stored)}", count == 0 ? "none" : $"{count} {Text(computed)}");
    }

    [Fact]
    public async Task ResultsArrivingInAnyOrder_LeaveTheSummaryEqualToTheResults()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var daysAgo in new[] { 30, 90, 10, 60, 120, 5, 45 })
        {
            await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(daysAgo / 6), now.AddDays(-daysAgo));
            var (stored, computed) = await BothAsync(org.ClientA1.Id, "PHQ-9");
            Assert.Equal(computed, stored);
        }

        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Cbi, Cbi(75), now.AddDays(-3));
        var cbi = await BothAsync(org.ClientA1.Id, "CBI");
        Assert.Equal(cbi.Computed, cbi.Stored);
        Assert.StartsWith("1 ", cbi.Stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentSubmissions_AreAllCounted()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = "GAD-7", answers = new[] { i % 4, 1, 1, 1, 1, 1, 1 } }, Ct)));

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var (stored, computed) = await BothAsync(org.ClientA1.Id, "GAD-7");
        Assert.Equal(computed, stored);
        Assert.StartsWith("16 ", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingTwoResultsOfOnePairAtOnce_LeavesOneCorrectSummary()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var daysAgo in new[] { 50, 40, 30, 20, 10 })
        {
            await ResultAsync(app.Services, org.ClientB1.Id, InstrumentLibrary.Phq9, Phq9(daysAgo / 5), now.AddDays(-daysAgo));
        }

        var ids = (await app.RowsAsync("SELECT id FROM assessments WHERE client_id = @c ORDER BY submitted_at", ("c", org.ClientB1.Id)))
            .Select(r => (Guid)r["id"]!).ToList();
        await Task.WhenAll(
            app.ExecuteAsync("DELETE FROM assessments WHERE id = @i", ("i", ids[1])),
            app.ExecuteAsync("DELETE FROM assessments WHERE id = @i", ("i", ids[3])));

        var (stored, computed) = await BothAsync(org.ClientB1.Id, "PHQ-9");
        Assert.Equal(computed, stored);
        Assert.StartsWith("3 ", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingOrRemovingAResult_RecomputesItsSummary()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var daysAgo in new[] { 40, 20, 10 })
        {
            await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(20 - daysAgo / 4), now.AddDays(-daysAgo));
        }

        await app.ExecuteAsync(
            "UPDATE assessments SET submitted_at = submitted_at - interval '100 days' WHERE client_id = @c AND submitted_at > now() - interval '15 days'",
            ("c", org.ClientA2.Id));
        var moved = await BothAsync(org.ClientA2.Id, "PHQ-9");
        Assert.Equal(moved.Computed, moved.Stored);

        await app.ExecuteAsync("DELETE FROM assessments WHERE id = (SELECT first_id FROM measure_summaries WHERE client_id = @c)", ("c", org.ClientA2.Id));
        var removed = await BothAsync(org.ClientA2.Id, "PHQ-9");
        Assert.Equal(removed.Computed, removed.Stored);
        Assert.StartsWith("2 ", removed.Stored, StringComparison.Ordinal);

        await app.ExecuteAsync("DELETE FROM assessments WHERE client_id = @c", ("c", org.ClientA2.Id));
        Assert.Equal(("none", "none"), await BothAsync(org.ClientA2.Id, "PHQ-9"));
    }
}
