using Npgsql;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Direct reads of the database, to check what was (and was not) stored.</summary>
public static class Db
{
    public static async Task<long> CountAsync(this PortalApp app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await app.OpenDbAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<Dictionary<string, object?>>> RowsAsync(this PortalApp app, string sql, params (string Name, object Value)[] parameters)
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

    public static async Task ExecuteAsync(this PortalApp app, string sql, params (string Name, object Value)[] parameters)
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
