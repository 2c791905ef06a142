using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Schedule;

public sealed class AdherenceTests
{
    private const HomeworkStatus Done = HomeworkStatus.Done, Skipped = HomeworkStatus.Skipped,
        Missed = HomeworkStatus.Missed, Due = HomeworkStatus.Due;

    private static readonly ModuleId SoothingTouch = ModuleId.New();     // A: SelfKindness
    private static readonly ModuleId HumanityNote = ModuleId.New();      // B: CommonHumanity
    private static readonly ModuleId BreathingSpace = ModuleId.New();    // C: Mindfulness, SelfKindness
    private static readonly ModuleId CompassionLetter = ModuleId.New();  // D: SelfKindness, CommonHumanity; never rated

    private static readonly DateOnly Today = new(2026, 3, 15); // Sunday

    private static AdherenceTask A(int day, HomeworkStatus status, int? before = null, int? after = null) =>
        new(SoothingTouch, "Soothing touch", [CompassionComponent.SelfKindness], new DateOnly(2026, 3, day), status, before, after);

    private static AdherenceTask B(int day, HomeworkStatus status, int? before = null, int? after = null) =>
        new(HumanityNote, "Common humanity reflection", [CompassionComponent.CommonHumanity], new DateOnly(2026, 3, day), status, before, after);

    private static AdherenceTask C(int day, HomeworkStatus status, int? before = null, int? after = null) =>
        new(BreathingSpace, "Breathing space", [CompassionComponent.Mindfulness, CompassionComponent.SelfKindness], new DateOnly(2026, 3, day), status, before, after);

    private static AdherenceTask D(int day, HomeworkStatus status) =>
        new(CompassionLetter, "Compassionate letter", [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity], new DateOnly(2026, 3, day), status, null, null);

    /// <summary>Two weeks, Monday 2026-03-02 to Sunday 2026-03-15 (today), plus one task tomorrow.</summary>
    private static List<AdherenceTask> TwoWeeks() =>
    [
        A(2, Done, 7, 4),   // Mon  change 3
        B(3, Done, 6, 4),   // Tue  change 2
        A(4, Done, 8, 5),   // Wed  change 3
        B(5, Done, 7),      // Thu  before only: not in the mean
        A(6, Done, 5, 5),   // Fri  change 0
        C(7, Skipped),      // Sat  skipped ...
        D(7, Done),         //      ... and done: the day is broken
        D(8, Done),         // Sun
        A(9, Done, 6, 2),   // Mon  change 4
        C(9, Done, 6, 3),   //      change 3
        B(10, Done, 4, 5),  // Tue  change -1
        A(11, Missed),      // Wed
        B(12, Done),        // Thu  no ratings
        A(13, Done, 9, 6),  // Fri  change 3
                            // Sat 14: nothing scheduled
        D(15, Done),        // Sun (today)
        C(15, Due),         //      still due today: not counted, the day is open
        A(16, Due),         // Mon (tomorrow): not counted
    ];

    [Fact]
    public void Compute_TwoWeeks_HandComputed()
    {
        var report = Adherence.Compute(TwoWeeks(), Today);

        // Overall: done A5 + B4 + C1 + D3 = 13; skipped 1 (C 7th); missed 1 (A 11th); counted 15; due 2 not counted.
        // 13 / 15 = 0.866666... -> 0.8667
        Assert.Equal(new CompletionRate(13, 1, 1), report.Overall);
        Assert.Equal(15, report.Overall.Counted);
        Assert.Equal(0.8667m, report.Overall.Rate);

        // By title (ordinal): Breathing space (C), Common humanity reflection (B), Compassionate letter (D), Soothing touch (A).
        Assert.Equal([BreathingSpace, HumanityNote, CompassionLetter, SoothingTouch], report.PerModule.Select(m => m.ModuleId));

        var c = report.PerModule[0]; // done 1 (9th), skipped 1 (7th), due 15th not counted: 1/2 = 0.5; change 3 / 1
        Assert.Equal("Breathing space", c.Title);
        Assert.Equal(new CompletionRate(1, 1, 0), c.Completion);
        Assert.Equal(0.5m, c.Completion.Rate);
        Assert.Equal(new DistressChange(3m, 1), c.MeanDistressChange);

        var b = report.PerModule[1]; // done 4 of 4: 1; changes 2, -1 (5th has no after, 12th no ratings): 1 / 2 = 0.5
        Assert.Equal(new CompletionRate(4, 0, 0), b.Completion);
        Assert.Equal(1m, b.Completion.Rate);
        Assert.Equal(new DistressChange(0.5m, 2), b.MeanDistressChange);

        var d = report.PerModule[2]; // done 3 of 3 (7th, 8th, 15th): 1; never rated: no mean
        Assert.Equal(new CompletionRate(3, 0, 0), d.Completion);
        Assert.Equal(1m, d.Completion.Rate);
        Assert.Equal(DistressChange.None, d.MeanDistressChange);
        Assert.Null(d.MeanDistressChange.Mean);

        var a = report.PerModule[3]; // done 5, missed 1 (11th), due 16th not counted: 5/6 = 0.8333...; changes 3+3+0+4+3 = 13 / 5 = 2.6
        Assert.Equal(new CompletionRate(5, 0, 1), a.Completion);
        Assert.Equal(0.8333m, a.Completion.Rate);
        Assert.Equal(new DistressChange(2.6m, 5), a.MeanDistressChange);

        // Components, enum order. SelfKindness: A 3,3,0,4,3 + C 3 = 16 / 6 = 2.666... -> 2.67 (D adds no ratings).
        // CommonHumanity: B 2, -1 = 1 / 2 = 0.5. Mindfulness: C 3 / 1 = 3.
        Assert.Equal(
            [
                new ComponentAdherence(CompassionComponent.SelfKindness, new DistressChange(2.67m, 6)),
                new ComponentAdherence(CompassionComponent.CommonHumanity, new DistressChange(0.5m, 2)),
                new ComponentAdherence(CompassionComponent.Mindfulness, new DistressChange(3m, 1)),
            ],
            report.PerComponent);

        // Days: 2-6 kept (5), 7 broken (skip), 8-10 kept (3), 11 broken (missed), 12-13 kept (2), 14 no tasks,
        // 15 open (C due), 16 open. Longest 5 (2nd-6th); current 2 (12th, 13th), counted back from the 13th.
        Assert.Equal(5, report.LongestStreak);
        Assert.Equal(2, report.CurrentStreak);
    }

    [Fact]
    public void Compute_TodayCountsOnceItsLastTaskIsDone_AndAnEmptyDayDoesNotBreak()
    {
        var tasks = TwoWeeks();
        tasks[tasks.FindIndex(t => t.ModuleId == BreathingSpace && t.Date == Today)] = C(15, Done);
        var report = Adherence.Compute(tasks, Today);
        // 12th, 13th, (14th empty), 15th: 3.
        Assert.Equal(3, report.CurrentStreak);
        Assert.Equal(5, report.LongestStreak);
        Assert.Equal(new CompletionRate(14, 1, 1), report.Overall); // 14 / 16 = 0.875
        Assert.Equal(0.875m, report.Overall.Rate);
    }

    [Fact]
    public void Compute_ALatestDayWithASkip_LeavesNoCurrentStreak()
    {
        var tasks = TwoWeeks();
        tasks.Add(B(15, Skipped));
        var report = Adherence.Compute(tasks, Today);
        Assert.Equal(0, report.CurrentStreak);
        Assert.Equal(5, report.LongestStreak);
    }

    [Fact]
    public void Compute_NothingAtAll()
    {
        var report = Adherence.Compute([], Today);
        Assert.Equal(CompletionRate.None, report.Overall);
        Assert.Equal(0, report.Overall.Counted);
        Assert.Null(report.Overall.Rate);
        Assert.Empty(report.PerModule);
        Assert.Empty(report.PerComponent);
        Assert.Equal(0, report.CurrentStreak);
        Assert.Equal(0, report.LongestStreak);
    }

    [Fact]
    public void Compute_OnlyTasksStillDue_CountsNothing()
    {
        var report = Adherence.Compute([A(15, Due), A(16, Due)], Today);
        Assert.Null(report.Overall.Rate);
        Assert.Null(Assert.Single(report.PerModule).Completion.Rate);
        Assert.Equal(0, report.CurrentStreak);
    }

    [Fact]
    public void Compute_AModuleWithNoRatings_HasARateButNoMean()
    {
        var report = Adherence.Compute([D(2, Done), D(3, Skipped), D(4, Done)], Today);
        var module = Assert.Single(report.PerModule);
        Assert.Equal(0.6667m, module.Completion.Rate); // 2 / 3
        Assert.Equal(new DistressChange(null, 0), module.MeanDistressChange);
        Assert.All(report.PerComponent, c => Assert.Equal(DistressChange.None, c.MeanDistressChange));
        Assert.Equal([CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity], report.PerComponent.Select(c => c.Component));
    }

    [Fact]
    public void Compute_ADueTaskOfAClosedDay_CountsAsMissed()
    {
        // Statuses computed yesterday: the 14th was still due then; today it has closed.
        var report = Adherence.Compute([A(13, Done), A(14, Due)], Today);
        Assert.Equal(new CompletionRate(1, 0, 1), report.Overall);
        Assert.Equal(0, report.CurrentStreak);
        Assert.Equal(1, report.LongestStreak);
    }

    [Fact]
    public void Compute_OnlyDoneTasksWithBothRatings_MakeTheMean_RoundedHalfAwayFromZero()
    {
        // Changes 1, 0, 0, 0, 0, 0, 0, 0 over 8 tasks: 1 / 8 = 0.125 -> 0.13 (banker's rounding would give 0.12).
        // The skipped and missed tasks carry ratings but are not done: left out.
        List<AdherenceTask> tasks = [A(2, Done, 5, 4), A(1, Skipped, 9, 0), A(10, Missed, 9, 0)];
        tasks.AddRange(Enumerable.Range(3, 7).Select(day => A(day, Done, 5, 5)));
        Assert.Equal(new DistressChange(0.13m, 8), Assert.Single(Adherence.Compute(tasks, Today).PerModule).MeanDistressChange);

        // And below zero: -1 / 8 = -0.125 -> -0.13.
        tasks[0] = A(2, Done, 4, 5);
        Assert.Equal(new DistressChange(-0.13m, 8), Assert.Single(Adherence.Compute(tasks, Today).PerModule).MeanDistressChange);
    }

    [Fact]
    public void Compute_TakesTheTitleOfTheLatestTask_AndCountsARepeatedComponentOnce()
    {
        var module = ModuleId.New();
        AdherenceTask Task(int day, string title) => new(module, title, [CompassionComponent.Mindfulness, CompassionComponent.Mindfulness],
            new DateOnly(2026, 3, day), Done, 6, 4);
        var report = Adherence.Compute([Task(5, "Body scan (new)"), Task(3, "Body scan")], Today);
        Assert.Equal("Body scan (new)", Assert.Single(report.PerModule).Title);
        Assert.Equal(new DistressChange(2m, 2), Assert.Single(report.PerComponent).MeanDistressChange);
    }
}
