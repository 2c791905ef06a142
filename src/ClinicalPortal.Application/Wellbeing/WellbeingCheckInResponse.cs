using ClinicalPortal.Domain.Wellbeing;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// One check-in: when, each CBI scale's score (null: not scored) and band. <see cref="Support"/>, to the member
/// themselves only, when a scale is high (<see cref="WellbeingSupport.IsHigh"/>): the organisation's support text.
/// </summary>
public sealed record WellbeingCheckInResponse(
    Guid Id, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, decimal?> Scales, IReadOnlyDictionary<string, string> Bands,
    string? Support = null)
{
    public static WellbeingCheckInResponse Of(WellbeingCheckIn c) => new(c.Id.Value, c.SubmittedAt, c.Scales, c.Bands);

    /// <summary>The member's own view: with the support text when the check-in is high.</summary>
    public static WellbeingCheckInResponse Own(WellbeingCheckIn c, string? organisationText) =>
        Of(c) with { Support = WellbeingSupport.IsHigh(c.Scales) ? organisationText ?? WellbeingSupport.Default : null };
}
