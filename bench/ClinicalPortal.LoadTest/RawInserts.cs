using Npgsql;
using NpgsqlTypes;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The ceiling: the same PostgreSQL server taking single-row INSERTs, each its own autocommit transaction
/// (one WAL flush per row, as the API commits one transaction per request), into a table shaped like
/// <c>assessments</c> (uuid keys, varchar, integer[], numeric, three jsonb, timestamptz, char(64), same indexes).
/// It lives in schema <c>bench</c>, so the application's tables are untouched.
/// </summary>
internal sealed class RawInserts : IAsyncDisposable
{
    private const string Ddl = """
        CREATE SCHEMA IF NOT EXISTS bench;
        DROP TABLE IF EXISTS bench.bench_raw_inserts;
        CREATE TABLE bench.bench_raw_inserts (
            id uuid PRIMARY KEY,
            organization_id uuid NOT NULL,
            client_id uuid NOT NULL,
            instrument_code varchar(32) NOT NULL,
            instrument_version varchar(64) NOT NULL,
            answers integer[] NOT NULL,
            total numeric,
            subscales jsonb NOT NULL,
            severity varchar(64),
            subscale_bands jsonb NOT NULL,
            caseness boolean NOT NULL,
            risk_flags jsonb NOT NULL,
            submitted_at timestamptz NOT NULL,
            submitted_by uuid NOT NULL,
            submitted_by_role varchar(32) NOT NULL,
            idempotency_key varchar(200),
            request_hash char(64));
        CREATE INDEX ix_bench_raw_client_instrument_at ON bench.bench_raw_inserts (client_id, instrument_code, submitted_at);
        CREATE UNIQUE INDEX ix_bench_raw_client_idempotency ON bench.bench_raw_inserts (client_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
        CREATE INDEX ix_bench_raw_organization ON bench.bench_raw_inserts (organization_id);
        """;

    private const string Insert = """
        INSERT INTO bench.bench_raw_inserts (id, organization_id, client_id, instrument_code, instrument_version, answers, total,
            subscales, severity, subscale_bands, caseness, risk_flags, submitted_at, submitted_by, submitted_by_role, idempotency_key, request_hash)
        VALUES ($1, $2, $3, 'PHQ-9', 'Kroenke 2001', $4, $5, '{}'::jsonb, $6, '{}'::jsonb, $7, $8, $9, $10, 'Client', NULL, $11)
        """;

    private readonly Worker[] _workers;
    private readonly Guid _organizationId;

    private RawInserts(Worker[] workers, Guid organizationId)
    {
        _workers = workers;
        _organizationId = organizationId;
    }

    public static async Task<RawInserts> PrepareAsync(string connectionString, int concurrency, Guid organizationId, CancellationToken ct)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync(ct);
            await using var ddl = new NpgsqlCommand(Ddl, setup);
            await ddl.ExecuteNonQueryAsync(ct);
        }

        var workers = new Worker[concurrency];
        try
        {
            for (var i = 0; i < concurrency; i++)
            {
                workers[i] = await Worker.OpenAsync(connectionString, ct);
            }
        }
        catch
        {
            foreach (var worker in workers.Where(w => w is not null))
            {
                await worker.DisposeAsync();
            }

            throw;
        }

        return new RawInserts(workers, organizationId);
    }

    public async ValueTask<string?> InsertAsync(int worker, long iteration, CancellationToken ct)
    {
        var w = _workers[worker];
        var answers = new int[9];
        var total = 0;
        for (var item = 0; item < 8; item++)
        {
            answers[item] = Random.Shared.Next(0, 4);
            total += answers[item];
        }

        w.Id.TypedValue = Guid.CreateVersion7();
        w.Organization.TypedValue = _organizationId;
        w.Client.TypedValue = w.ClientId;
        w.Answers.TypedValue = answers;
        w.Total.TypedValue = total;
        w.Severity.TypedValue = total >= 10 ? "Moderate" : "Mild";
        w.Caseness.TypedValue = total >= 10;
        w.RiskFlags.TypedValue = "[]";
        w.SubmittedAt.TypedValue = DateTime.UtcNow;
        w.SubmittedBy.TypedValue = w.ClientId;
        w.RequestHash.TypedValue = Convert.ToHexStringLower(w.Id.TypedValue.ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var rows = await w.Command.ExecuteNonQueryAsync(ct);
        return rows == 1 ? null : "rows " + rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }
    }

    /// <summary>One connection with one prepared INSERT.</summary>
    private sealed class Worker : IAsyncDisposable
    {
        private Worker(NpgsqlConnection connection, NpgsqlCommand command)
        {
            Connection = connection;
            Command = command;
            Command.Parameters.AddRange(new NpgsqlParameter[] { Id, Organization, Client, Answers, Total, Severity, Caseness, RiskFlags, SubmittedAt, SubmittedBy, RequestHash });
        }

        public NpgsqlConnection Connection { get; }
        public NpgsqlCommand Command { get; }
        public Guid ClientId { get; } = Guid.CreateVersion7();
        public NpgsqlParameter<Guid> Id { get; } = new() { NpgsqlDbType = NpgsqlDbType.Uuid };
        public NpgsqlParameter<Guid> Organization { get; } = new() { NpgsqlDbType = NpgsqlDbType.Uuid };
        public NpgsqlParameter<Guid> Client { get; } = new() { NpgsqlDbType = NpgsqlDbType.Uuid };
        public NpgsqlParameter<int[]> Answers { get; } = new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer };
        public NpgsqlParameter<decimal> Total { get; } = new() { NpgsqlDbType = NpgsqlDbType.Numeric };
        public NpgsqlParameter<string> Severity { get; } = new() { NpgsqlDbType = NpgsqlDbType.Varchar };
        public NpgsqlParameter<bool> Caseness { get; } = new() { NpgsqlDbType = NpgsqlDbType.Boolean };
        public NpgsqlParameter<string> RiskFlags { get; } = new() { NpgsqlDbType = NpgsqlDbType.Jsonb };
        public NpgsqlParameter<DateTime> SubmittedAt { get; } = new() { NpgsqlDbType = NpgsqlDbType.TimestampTz };
        public NpgsqlParameter<Guid> SubmittedBy { get; } = new() { NpgsqlDbType = NpgsqlDbType.Uuid };
        public NpgsqlParameter<string> RequestHash { get; } = new() { NpgsqlDbType = NpgsqlDbType.Char };

        public static async Task<Worker> OpenAsync(string connectionString, CancellationToken ct)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(ct);
                var worker = new Worker(connection, new NpgsqlCommand(Insert, connection));
                worker.Organization.TypedValue = Guid.Empty;
                await worker.Command.PrepareAsync(ct);
                return worker;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Command.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
