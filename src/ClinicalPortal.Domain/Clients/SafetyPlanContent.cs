namespace ClinicalPortal.Domain.Clients;

/// <summary>The seven sections of a safety plan as written (see <see cref="SafetyPlan"/>); null or blank entries are dropped.</summary>
public sealed record SafetyPlanContent(
    IReadOnlyList<string?>? WarningSigns,
    IReadOnlyList<string?>? CopingStrategies,
    IReadOnlyList<string?>? DistractionPeopleAndPlaces,
    IReadOnlyList<string?>? PeopleToAskForHelp,
    IReadOnlyList<string?>? ProfessionalsAndServices,
    IReadOnlyList<string?>? MakingTheEnvironmentSafe,
    IReadOnlyList<string?>? ReasonsForLiving);
