using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Application.Crisis;

/// <summary>A version of a client's safety plan (Stanley-Brown), with who wrote it and when.</summary>
public sealed record SafetyPlanResponse(
    Guid ClientId,
    int Version,
    IReadOnlyList<string> WarningSigns,
    IReadOnlyList<string> CopingStrategies,
    IReadOnlyList<string> DistractionPeopleAndPlaces,
    IReadOnlyList<string> PeopleToAskForHelp,
    IReadOnlyList<string> ProfessionalsAndServices,
    IReadOnlyList<string> MakingTheEnvironmentSafe,
    IReadOnlyList<string> ReasonsForLiving,
    DateTimeOffset CreatedAt,
    Guid CreatedBy)
{
    public static SafetyPlanResponse From(SafetyPlan p) => new(
        p.ClientId.Value, p.Version, p.WarningSigns, p.CopingStrategies, p.DistractionPeopleAndPlaces, p.PeopleToAskForHelp,
        p.ProfessionalsAndServices, p.MakingTheEnvironmentSafe, p.ReasonsForLiving, p.CreatedAt, p.CreatedBy.Value);
}
