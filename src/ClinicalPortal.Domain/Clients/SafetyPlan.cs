using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Clients;

/// <summary>
/// A client's safety plan, after Stanley and Brown's Safety Planning Intervention (Stanley B, Brown GK. Safety Planning
/// Intervention: a brief intervention to mitigate suicide risk. Cognitive and Behavioral Practice 2012;19(2):256-264),
/// whose six steps are: recognising warning signs; internal coping strategies; social contacts and settings that
/// distract; family members or friends who may help; mental health professionals or agencies; restricting access to
/// lethal means (making the environment safe). The Stanley-Brown form adds the one thing most important to the
/// client and worth living for: <see cref="ReasonsForLiving"/>.
/// Written with the client by the clinician; every save is a new version (the earlier ones stay on record), and the
/// client sees the latest beside the crisis lines. The entries are health text: the application seals them with its
/// protector (<see cref="Seal"/>) before the plan is stored, so at rest each entry is ciphertext.
/// </summary>
public sealed class SafetyPlan
{
    public const string Empty = "safety_plan.empty";
    public const string TooLong = "safety_plan.too_long";

    /// <summary>Entries per section, and characters per entry.</summary>
    public const int MaxEntries = 20;

    public const int MaxEntryLength = 500;

    private SafetyPlan()
    {
        WarningSigns = [];
        CopingStrategies = [];
        DistractionPeopleAndPlaces = [];
        PeopleToAskForHelp = [];
        ProfessionalsAndServices = [];
        MakingTheEnvironmentSafe = [];
        ReasonsForLiving = [];
    }

    public SafetyPlanId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>1 for the first plan, one more for each save.</summary>
    public int Version { get; private set; }

    /// <summary>Step 1: thoughts, images, moods, situations or behaviours that a crisis may be developing.</summary>
    public string[] WarningSigns { get; private set; }

    /// <summary>Step 2: things the client can do alone to take their mind off problems.</summary>
    public string[] CopingStrategies { get; private set; }

    /// <summary>Step 3: people and social settings that provide distraction.</summary>
    public string[] DistractionPeopleAndPlaces { get; private set; }

    /// <summary>Step 4: people the client can ask for help.</summary>
    public string[] PeopleToAskForHelp { get; private set; }

    /// <summary>Step 5: professionals or agencies to contact during a crisis (the crisis lines are shown beside the plan).</summary>
    public string[] ProfessionalsAndServices { get; private set; }

    /// <summary>Step 6: making the environment safe (reducing access to lethal means).</summary>
    public string[] MakingTheEnvironmentSafe { get; private set; }

    /// <summary>What is most important to the client and worth living for.</summary>
    public string[] ReasonsForLiving { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public UserId CreatedBy { get; private set; }

    /// <summary>A new version (<paramref name="previousVersion"/> 0 for the first): entries trimmed, blank ones dropped; a plan needs at least one entry.</summary>
    public static Result<SafetyPlan> Create(
        Client client, int previousVersion, SafetyPlanContent content, UserId by, DateTimeOffset now)
    {
        if (client.CheckActive() is { } refused)
        {
            return refused;
        }

        var sections = new[]
        {
            content.WarningSigns, content.CopingStrategies, content.DistractionPeopleAndPlaces, content.PeopleToAskForHelp,
            content.ProfessionalsAndServices, content.MakingTheEnvironmentSafe, content.ReasonsForLiving,
        }.Select(Clean).ToArray();
        if (sections.Any(s => s.Length > MaxEntries || s.Any(e => e.Length > MaxEntryLength)))
        {
            return Error.Rule(TooLong, $"Each section holds at most {MaxEntries} entries of at most {MaxEntryLength} characters.");
        }

        if (sections.All(s => s.Length == 0))
        {
            return Error.Rule(Empty, "A safety plan needs at least one entry.");
        }

        return new SafetyPlan
        {
            Id = SafetyPlanId.New(),
            OrganizationId = client.OrganizationId,
            ClientId = client.Id,
            Version = previousVersion + 1,
            WarningSigns = sections[0],
            CopingStrategies = sections[1],
            DistractionPeopleAndPlaces = sections[2],
            PeopleToAskForHelp = sections[3],
            ProfessionalsAndServices = sections[4],
            MakingTheEnvironmentSafe = sections[5],
            ReasonsForLiving = sections[6],
            CreatedAt = now.ToStoredPrecision(),
            CreatedBy = by,
        };
    }

    /// <summary>Maps every entry of every section through <paramref name="seal"/> (the application's protector).</summary>
    public void Seal(Func<string, string> seal)
    {
        WarningSigns = [.. WarningSigns.Select(seal)];
        CopingStrategies = [.. CopingStrategies.Select(seal)];
        DistractionPeopleAndPlaces = [.. DistractionPeopleAndPlaces.Select(seal)];
        PeopleToAskForHelp = [.. PeopleToAskForHelp.Select(seal)];
        ProfessionalsAndServices = [.. ProfessionalsAndServices.Select(seal)];
        MakingTheEnvironmentSafe = [.. MakingTheEnvironmentSafe.Select(seal)];
        ReasonsForLiving = [.. ReasonsForLiving.Select(seal)];
    }

    private static string[] Clean(IReadOnlyList<string?>? entries) =>
        (entries ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).ToArray();
}
