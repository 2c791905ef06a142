using Npgsql;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Direct reads of the database, to check what was (and was not) stored.</summary>
public static class Db
{
    public static async Task<long> CountAsync(this IPortalDatabase app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await app.OpenDbAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<Dictionary<string, object?>>> RowsAsync(this IPortalDatabase app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await app.OpenDbAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Waits (up to 15 s) until the audit sealer has sealed every event of the organisation written so far.</summary>
    public static async Task WaitUntilSealedAsync(this IPortalDatabase app, Guid organizationId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (await app.CountAsync("SELECT count(*) FROM audit_events WHERE organization_id = @o AND hash IS NULL", ("o", organizationId)) > 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the audit sealer did not seal the organisation's events in time");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static async Task ExecuteAsync(this IPortalDatabase app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await app.OpenDbAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
