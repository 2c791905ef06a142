namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// A team's well-being, month by month (calendar months in UTC): closed months' aggregates with small-group
/// suppression, the individual check-ins shared with the supervisor (a supervisor only), each clinician's load, and the
/// <see cref="Notice"/> that the figures are not used for performance management.
/// </summary>
public sealed record TeamWellbeingResponse(
    string From, string To, int TeamSize, IReadOnlyList<MonthWellbeingResponse> Months, IReadOnlyList<StaffWellbeingResponse> Individuals,
    IReadOnlyList<ClinicianLoadResponse> Load, string Notice)
{
    public const string NotForPerformance =
        "These figures are here to look after the team's well-being. They are never used for performance management, appraisal or decisions about anyone's job.";
}
