namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// A team's well-being, month by month (calendar months in UTC): closed months' aggregates with small-group
/// suppression, the individual check-ins shared with the supervisor (a supervisor only), and each clinician's load.
/// </summary>
public sealed record TeamWellbeingResponse(
    string From, string To, int TeamSize, IReadOnlyList<MonthWellbeingResponse> Months, IReadOnlyList<StaffWellbeingResponse> Individuals,
    IReadOnlyList<ClinicianLoadResponse> Load);
