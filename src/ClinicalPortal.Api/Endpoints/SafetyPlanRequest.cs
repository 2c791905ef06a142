namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PUT /clients/{id}/safety-plan</c>: the seven Stanley-Brown sections, each a list of short entries.</summary>
public sealed record SafetyPlanRequest(
    List<string?>? WarningSigns,
    List<string?>? CopingStrategies,
    List<string?>? DistractionPeopleAndPlaces,
    List<string?>? PeopleToAskForHelp,
    List<string?>? ProfessionalsAndServices,
    List<string?>? MakingTheEnvironmentSafe,
    List<string?>? ReasonsForLiving);
