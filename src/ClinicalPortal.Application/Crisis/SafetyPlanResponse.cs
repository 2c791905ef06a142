using ClinicalPortal.Application.Common.Abstractions;
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
    /// <summary>A stored plan in words: its entries are sealed at rest (see <see cref="SafetyPlan"/>).</summary>
    public static SafetyPlanResponse From(SafetyPlan p, IHealthTextProtector text)
    {
        string[] Read(string[] entries) => [.. entries.Select(text.Unprotect)];
        return new(
            p.ClientId.Value, p.Version, Read(p.WarningSigns), Read(p.CopingStrategies), Read(p.DistractionPeopleAndPlaces),
            Read(p.PeopleToAskForHelp), Read(p.ProfessionalsAndServices), Read(p.MakingTheEnvironmentSafe), Read(p.ReasonsForLiving),
            p.CreatedAt, p.CreatedBy.Value);
    }
}
