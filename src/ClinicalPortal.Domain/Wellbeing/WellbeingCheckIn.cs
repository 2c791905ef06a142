using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// A member of staff's own Copenhagen Burnout Inventory, scored like any CBI (the mean of each scale's answered items;
/// a scale with too few answers is not scored). Staff data: it names a member of staff, never a client, and lives
/// apart from client records.
/// </summary>
public sealed class WellbeingCheckIn
{
    public const string AnswersRejected = "wellbeing.answers_rejected";
    public const string NotStaff = "wellbeing.not_staff";

    private WellbeingCheckIn()
    {
        InstrumentVersion = string.Empty;
        Answers = [];
        Scales = new Dictionary<string, decimal?>();
        Bands = new Dictionary<string, string>();
    }

    public WellbeingCheckInId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    /// <summary>Whose check-in it is (their login and staff id).</summary>
    public UserId StaffId { get; private set; }

    public string InstrumentVersion { get; private set; }

    public int?[] Answers { get; private set; }

    /// <summary>CBI scale scores by key (personal, workRelated, clientRelated); null where not scored.</summary>
    public IReadOnlyDictionary<string, decimal?> Scales { get; private set; }

    /// <summary>The band of each scored scale ("not high", "high").</summary>
    public IReadOnlyDictionary<string, string> Bands { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Scores and records the answers, or says why they cannot be scored; clients have no check-ins.</summary>
    public static Result<WellbeingCheckIn> Record(OrganizationId organizationId, UserId staffId, Role role, IReadOnlyList<int?> answers, DateTimeOffset now)
    {
        if (role is not (Role.Clinician or Role.Supervisor))
        {
            return Error.Rule(NotStaff, "Well-being check-ins are for clinicians and supervisors.");
        }

        var instrument = InstrumentLibrary.Cbi;
        var outcome = InstrumentScorer.Score(instrument, answers);
        if (!outcome.IsSuccess)
        {
            return Error.Rule(AnswersRejected, $"The answers cannot be scored as {instrument.Code}.") with
            {
                Violations = outcome.Errors.Select(e => new Violation(e.ItemNumber, e.Code, e.Message)).ToList(),
            };
        }

        return new WellbeingCheckIn
        {
            Id = WellbeingCheckInId.New(),
            OrganizationId = organizationId,
            StaffId = staffId,
            InstrumentVersion = instrument.Version,
            Answers = answers.ToArray(),
            Scales = outcome.Result!.Subscales,
            Bands = outcome.Result.SubscaleBands,
            SubmittedAt = now.ToStoredPrecision(),
        };
    }
}
