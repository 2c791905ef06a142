using System.Text.Json;
using ClinicalPortal.Domain.Common;
using Npgsql;
using NpgsqlTypes;

namespace ClinicalPortal.Floor;

/// <summary>
/// Stores a submission in one statement, so one round trip and one (implicit) transaction: a data-modifying CTE
/// that inserts the assessment only when the caller reaches the client (the API's ClientAccess rule for Client and
/// Clinician, plus the handler's "client is active"), then its audit event, then, only when a risk flag fired,
/// its outbox message. The column lists and values are the ones the API's EF model writes
/// (PortalDbContextModelSnapshot, Persistence/Configurations); the database fills audit_events.id (identity).
/// </summary>
internal sealed class SubmissionWriter : IAsyncDisposable
{
    private const string Template = """
        WITH reach AS (
            SELECT c.id, c.organization_id FROM clients c
            WHERE c.id = $1 AND c.organization_id = $2 AND c.status = 'Active' AND {0} = $3),
        assessment AS (
            INSERT INTO assessments (id, organization_id, client_id, instrument_code, instrument_version, answers, total, subscales,
                severity, subscale_bands, caseness, risk_flags, submitted_at, submitted_by, submitted_by_role, request_hash)
            SELECT $4, r.organization_id, r.id, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $3, $15, $16 FROM reach r
            RETURNING id, organization_id, client_id, submitted_at),
        audit AS (
            INSERT INTO audit_events (organization_id, occurred_at, actor_user_id, actor_client_app, action, resource_type, resource_id,
                subject_client_id, ip_address, request_id, outcome, status_code)
            SELECT a.organization_id, a.submitted_at, $3, $17, 'assessment.submit', 'Assessment', a.id::text,
                a.client_id, $18, $19, 'Success', 201 FROM assessment a),
        outbox AS (
            INSERT INTO outbox_messages (id, organization_id, type, payload, created_at, available_at, attempts)
            SELECT $20, a.organization_id, 'risk.identified', $21, a.submitted_at, a.submitted_at, 0 FROM assessment a
            WHERE $21 IS NOT NULL)
        SELECT count(*) FROM assessment
        """;

    // Two texts rather than an OR on the role: each is auto-prepared with a plan for its own reach column.
    private static readonly string ForClient = string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, "c.user_id");
    private static readonly string ForClinician = string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, "c.clinician_id");

    private readonly NpgsqlDataSource _dataSource;

    public SubmissionWriter(string connectionString) => _dataSource = NpgsqlDataSource.Create(WithPoolingDefaults(connectionString));

    /// <summary>True when the rows were written; false when the caller does not reach an active client of that id (404).</summary>
    public async Task<bool> WriteAsync(Submission s, CancellationToken ct)
    {
        var sql = s.Caller.Role switch
        {
            Role.Client => ForClient,
            Role.Clinician => ForClinician,
            _ => throw new ArgumentException($"{s.Caller.Role} does not submit answers.", nameof(s)),
        };

        var score = s.Score;
        string? outbox = null;
        if (score.RiskFlags.Count > 0)
        {
            outbox = JsonSerializer.Serialize(new RiskPayload(
                s.ClientId, s.AssessmentId, s.Instrument.Code, score.RiskFlags.Max(f => f.Tier).ToString(),
                score.RiskFlags.Select(f => f.Code).ToList(), s.SubmittedAt), FloorJson.Outbox);
        }

        await using var command = _dataSource.CreateCommand(sql);
        var p = command.Parameters;
        Add(p, s.ClientId, NpgsqlDbType.Uuid);                                                     // $1
        Add(p, s.Caller.OrganizationId, NpgsqlDbType.Uuid);                                        // $2
        Add(p, s.Caller.UserId, NpgsqlDbType.Uuid);                                                // $3
        Add(p, s.AssessmentId, NpgsqlDbType.Uuid);                                                 // $4
        Add(p, s.Instrument.Code, NpgsqlDbType.Varchar);                                           // $5
        Add(p, s.Instrument.Version, NpgsqlDbType.Varchar);                                        // $6
        Add(p, s.Answers, NpgsqlDbType.Array | NpgsqlDbType.Integer);                              // $7
        AddNullable(p, score.Total, NpgsqlDbType.Numeric);                                         // $8
        Add(p, JsonSerializer.Serialize(score.Subscales, FloorJson.Columns), NpgsqlDbType.Jsonb);     // $9
        AddNullable(p, score.Severity, NpgsqlDbType.Varchar);                                      // $10
        Add(p, JsonSerializer.Serialize(score.SubscaleBands, FloorJson.Columns), NpgsqlDbType.Jsonb); // $11
        Add(p, score.Caseness, NpgsqlDbType.Boolean);                                              // $12
        Add(p, JsonSerializer.Serialize(score.RiskFlags, FloorJson.Columns), NpgsqlDbType.Jsonb);     // $13
        Add(p, s.SubmittedAt, NpgsqlDbType.TimestampTz);                                           // $14
        Add(p, s.Caller.Role.ToString(), NpgsqlDbType.Varchar);                                    // $15
        Add(p, s.RequestHash, NpgsqlDbType.Char);                                                  // $16
        AddNullable(p, s.Caller.ClientApp, NpgsqlDbType.Varchar);                                  // $17
        AddNullable(p, s.IpAddress, NpgsqlDbType.Varchar);                                         // $18
        Add(p, s.RequestId, NpgsqlDbType.Varchar);                                                 // $19
        Add(p, Guid.CreateVersion7(), NpgsqlDbType.Uuid);                                          // $20
        AddNullable(p, outbox, NpgsqlDbType.Jsonb);                                                // $21
        return await command.ExecuteScalarAsync(ct) is long and 1;
    }

    /// <summary>
    /// The API's Infrastructure DependencyInjection.WithPoolingDefaults, copied (the floor references Domain only):
    /// auto-prepare (64 statements, from the second use) and no session reset when a connection returns to the pool.
    /// </summary>
    private static string WithPoolingDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static void Add<T>(NpgsqlParameterCollection parameters, T value, NpgsqlDbType type) =>
        parameters.Add(new NpgsqlParameter<T> { TypedValue = value, NpgsqlDbType = type });

    private static void AddNullable(NpgsqlParameterCollection parameters, object? value, NpgsqlDbType type) =>
        parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
