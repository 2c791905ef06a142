using ClinicalPortal.Domain.Wellbeing;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>One check-in: when, each CBI scale's score (null: not scored) and band.</summary>
public sealed record WellbeingCheckInResponse(
    Guid Id, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, decimal?> Scales, IReadOnlyDictionary<string, string> Bands)
{
    public static WellbeingCheckInResponse Of(WellbeingCheckIn c) => new(c.Id.Value, c.SubmittedAt, c.Scales, c.Bands);
}
