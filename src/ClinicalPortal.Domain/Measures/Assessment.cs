using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// One completed administration of an instrument for a client: the answers as given and the score as
/// computed at the time (with the instrument version), kept as the clinical record. Never edited.
/// </summary>
public sealed class Assessment
{
    private Assessment()
    {
        InstrumentCode = string.Empty;
        InstrumentVersion = string.Empty;
        Answers = [];
        Subscales = new Dictionary<string, decimal?>();
        SubscaleBands = new Dictionary<string, string>();
        RiskFlags = [];
    }

    /// <summary>The answers break the instrument's rules; <see cref="Error.Violations"/> names each item (1-based).</summary>
    public const string AnswersRejected = "assessment.answers_rejected";

    public AssessmentId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    public string InstrumentCode { get; private set; }

    public string InstrumentVersion { get; private set; }

    /// <summary>Raw option values in item order; null where an item was (allowed to be) left out.</summary>
    public int?[] Answers { get; private set; }

    public decimal? Total { get; private set; }

    public IReadOnlyDictionary<string, decimal?> Subscales { get; private set; }

    public string? Severity { get; private set; }

    public IReadOnlyDictionary<string, string> SubscaleBands { get; private set; }

    public bool Caseness { get; private set; }

    public IReadOnlyList<RiskFlag> RiskFlags { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public UserId SubmittedBy { get; private set; }

    /// <summary>Client (at home) or Clinician (on the client's behalf, in session).</summary>
    public Role SubmittedByRole { get; private set; }

    /// <summary>The client's <c>Idempotency-Key</c>, if one was sent, with the hash of the request it came with.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestHash { get; private set; }

    /// <summary>Scores the answers and records them, or returns why they cannot be scored. Nothing is stored on failure.</summary>
    public static Result<Assessment> Record(
        InstrumentDefinition instrument,
        OrganizationId organizationId,
        ClientId clientId,
        IReadOnlyList<int?> answers,
        UserId submittedBy,
        Role submittedByRole,
        DateTimeOffset now,
        string? idempotencyKey = null,
        string? requestHash = null)
    {
        if (CheckSubmitter(submittedByRole) is { } refused)
        {
            return refused;
        }

        var outcome = InstrumentScorer.Score(instrument, answers);
        if (!outcome.IsSuccess)
        {
            return Error.Rule(AnswersRejected, $"The answers cannot be scored as {instrument.Code}.") with
            {
                Violations = outcome.Errors.Select(e => new Violation(e.ItemNumber, e.Code, e.Message)).ToList(),
            };
        }

        var score = outcome.Result!;
        return new Assessment
        {
            Id = AssessmentId.New(),
            OrganizationId = organizationId,
            ClientId = clientId,
            InstrumentCode = instrument.Code,
            InstrumentVersion = instrument.Version,
            Answers = answers.ToArray(),
            Total = score.Total,
            Subscales = score.Subscales,
            Severity = score.Severity,
            SubscaleBands = score.SubscaleBands,
            Caseness = score.Caseness,
            RiskFlags = score.RiskFlags,
            SubmittedAt = now.ToStoredPrecision(),
            SubmittedBy = submittedBy,
            SubmittedByRole = submittedByRole,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
        };
    }

    /// <summary>
    /// Answers come from the client (at home) or a clinician (in session, for a client on their caseload);
    /// supervisors and administrators read results but never answer for a client.
    /// </summary>
    public static Error? CheckSubmitter(Role role) =>
        role is Role.Client or Role.Clinician ? null : Error.Forbidden("Only the client or their clinician can submit answers.");

    /// <summary>The stored score, in the shape the change calculator compares.</summary>
    public ScoreResult Score => new()
    {
        InstrumentCode = InstrumentCode,
        Total = Total,
        Subscales = Subscales,
        Severity = Severity,
        SubscaleBands = SubscaleBands,
        Caseness = Caseness,
        RiskFlags = RiskFlags,
    };

    public bool HasRisk => RiskFlags.Count > 0;
}
