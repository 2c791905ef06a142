using ClinicalPortal.Testing;
using Npgsql;

namespace ClinicalPortal.DevTools.Tests.LocalPostgres;

public sealed class TestDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateDatabaseAsync_returns_a_working_empty_database()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("Fixture-Check", Ct);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var name = new NpgsqlCommand("select current_database()", connection);
        Assert.StartsWith("fixture_check_", (string?)await name.ExecuteScalarAsync(Ct), StringComparison.Ordinal);
        await using var create = new NpgsqlCommand("create table t(id int); insert into t values (1); select count(*) from t", connection);
        Assert.Equal(1L, await create.ExecuteScalarAsync(Ct));

        var password = new NpgsqlConnectionStringBuilder(connectionString).Password;
        Assert.DoesNotContain("not chosen", TestDatabase.ServerDescription, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(password))
        {
            Assert.DoesNotContain(password, TestDatabase.ServerDescription, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Concurrent_calls_give_distinct_databases_on_one_server()
    {
        var connectionStrings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestDatabase.CreateDatabaseAsync("parallel", Ct)));

        var builders = connectionStrings.Select(cs => new NpgsqlConnectionStringBuilder(cs)).ToList();
        Assert.Equal(4, builders.Select(b => b.Database).Distinct().Count());
        Assert.Single(builders.Select(b => (b.Host, b.Port)).Distinct());
    }
}
