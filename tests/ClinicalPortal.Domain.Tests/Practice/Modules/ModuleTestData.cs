using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

/// <summary>A small valid module content, and steps of each kind, to vary one field at a time.</summary>
internal static class ModuleTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, 123, TimeSpan.Zero);

    public static ModuleStep ReadStep(string id = "s1") => ModuleStep.Read(id, "Read this", "Some **Markdown**.");

    public static ModuleStep ReflectStep(string id = "s2") => ModuleStep.Reflect(id, "Reflect", "What do you notice?");

    public static ModuleStep RateStep(string id = "s3") => ModuleStep.Rate(id, "Rate", "How kind were you?", "Not at all", "Very");

    public static ModuleStep ChecklistStep(string id = "s4") =>
        ModuleStep.Checklist(id, "Checklist", [new ChecklistItem("a", "First"), new ChecklistItem("b", "Second")]);

    public static ModuleStep PracticeStep(string id = "s5", int minutes = 5) => ModuleStep.Practice(id, "Practice", minutes, "Breathe.");

    public static ModuleContent Content(IReadOnlyList<ModuleStep>? steps = null, string title = "A module") => new()
    {
        Title = title,
        Summary = "A summary.",
        Components = [CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General],
        EstimatedMinutes = 10,
        Instructions = "Do it slowly.",
        Steps = steps ?? [ReadStep(), ReflectStep()],
        Sources = ["A source."],
    };
}
