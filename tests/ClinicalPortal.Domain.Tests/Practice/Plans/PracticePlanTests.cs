using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using static ClinicalPortal.Domain.Tests.People.StaffMemberTests;

namespace ClinicalPortal.Domain.Tests.Practice.Plans;

public sealed class PracticePlanTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly Client Client = Client.Create(
        Org, UserId.New(), "Ann", "Alpha", new DateOnly(1980, 1, 1), "ann@example.org", CareTrack.Burnout, "Europe/London",
        Member(Role.Clinician), Now).Value;

    private static PlanItemSpec Item(FrequencyKind kind, DateOnly start, DateOnly end, int? times = null, params DayOfWeek[] days) =>
        new(ModuleId.New(), ModuleVersionId.New(), 1, "Friend letter", PracticeFrequency.Create(kind, times, days).Value, start, end);

    private static PracticePlan Plan(DateOnly today, params PlanItemSpec[] items) =>
        PracticePlan.Create(Client, "goals*", null, items, today, null, UserId.New(), Now).Value;

    [Fact]
    public void Expand_FromToday_MakesOneTaskPerPracticeDay_InDateThenItemOrder()
    {
        // Monday 2026-03-02 to Sunday 2026-03-08; today is Thursday the 5th.
        var plan = Plan(new DateOnly(2026, 3, 5),
            Item(FrequencyKind.Daily, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8)),
            Item(FrequencyKind.TimesPerWeek, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8), 3)); // Mon, Wed, Fri
        var tasks = plan.ExpandFrom(new DateOnly(2026, 3, 5));
        Assert.Equal(
            ["03-05:1", "03-06:1", "03-06:2", "03-07:1", "03-08:1"],
            tasks.Select(t => $"{t.Date:MM-dd}:{t.Position}"));
        Assert.All(tasks, t => Assert.Equal(HomeworkState.Pending, t.State));
        Assert.All(tasks, t => Assert.Equal(plan.Id, t.PlanId));
    }

    [Fact]
    public void Create_RefusesNoItems_TooMany_AndItemsThatEndBeforeToday_ByPosition()
    {
        var today = new DateOnly(2026, 3, 5);
        Assert.Equal(PracticePlan.NoItems, PracticePlan.Create(Client, "g", null, [], today, null, UserId.New(), Now).Error!.Code);
        var many = Enumerable.Range(0, PracticePlan.MaxItems + 1).Select(_ => Item(FrequencyKind.Once, today, today)).ToArray();
        Assert.Equal(PracticePlan.TooManyItems, PracticePlan.Create(Client, "g", null, many, today, null, UserId.New(), Now).Error!.Code);

        var error = PracticePlan.Create(Client, "g", null,
            [Item(FrequencyKind.Once, today, today), Item(FrequencyKind.Daily, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 4)),
             Item(FrequencyKind.Daily, today, today.AddDays(-1))],
            today, null, UserId.New(), Now).Error!;
        Assert.Equal(
            [(2, PracticePlan.EndsBeforeToday), (3, PracticeItemSpan.EndBeforeStart)],
            error.Violations.Select(v => (v.Position!.Value, v.Code)));
    }

    [Fact]
    public void ANewPlan_NamesThePlanItReplaces_AndTheOldIsSupersededOnce()
    {
        var today = new DateOnly(2026, 3, 5);
        var first = Plan(today, Item(FrequencyKind.Daily, today, today.AddDays(6)));
        var second = PracticePlan.Create(Client, "g*", null, [Item(FrequencyKind.Once, today, today)], today, first, UserId.New(), Now).Value;
        first.Supersede(Now);
        first.Supersede(Now.AddHours(1));
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Equal((PracticePlanStatus.Superseded, (DateTimeOffset?)Now), (first.Status, first.SupersededAt));
        Assert.Equal(PracticePlanStatus.Active, second.Status);
    }

    [Fact]
    public void Task_CompletedAfterItsDay_IsLate_AndAHighDistressRating_FlagsAReview()
    {
        var day = new DateOnly(2026, 3, 5);
        var task = Plan(day, Item(FrequencyKind.Once, day, day)).ExpandFrom(day).Single();
        // London is on GMT in early March: the 5th closes at 00:00Z on the 6th.
        var closes = new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero);
        Assert.True(task.Complete(London, 9, 4, "r*", null, "k", "h", UserId.New(), closes).IsSuccess);
        Assert.True(task.Late);
        Assert.Equal(HomeworkStatus.Done, task.StatusAt(London, closes));
        Assert.True(task.NeedsReview);
        task.MarkReviewed(UserId.New(), closes.AddHours(1));
        Assert.False(task.NeedsReview);
    }

    [Theory]
    [InlineData(2, 4, false, new HomeworkReviewReason[0])]
    [InlineData(2, 5, true, new[] { HomeworkReviewReason.DistressRise })]
    [InlineData(0, 8, true, new[] { HomeworkReviewReason.DistressRise })]
    [InlineData(6, 9, true, new[] { HomeworkReviewReason.HighDistress, HomeworkReviewReason.DistressRise })]
    [InlineData(9, 9, true, new[] { HomeworkReviewReason.HighDistress })]
    [InlineData(5, 2, false, new HomeworkReviewReason[0])]
    [InlineData(null, 7, false, new HomeworkReviewReason[0])]
    [InlineData(1, null, false, new HomeworkReviewReason[0])]
    public void Review_IsFlaggedWhenDistressRisesByThreeOrMore_WithItsReasons(int? before, int? after, bool flagged, HomeworkReviewReason[] reasons)
    {
        Assert.Equal(reasons, HomeworkTask.ReviewReasons(before, after));
        var day = new DateOnly(2026, 3, 5);
        var task = Plan(day, Item(FrequencyKind.Once, day, day)).ExpandFrom(day).Single();
        Assert.True(task.Complete(London, before, after, null, null, null, "h", UserId.New(), new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero)).IsSuccess);
        Assert.Equal(flagged, task.NeedsReview);
    }

    [Theory]
    [InlineData(8, 8, false)]
    [InlineData(9, null, true)]
    [InlineData(null, 10, true)]
    [InlineData(null, null, false)]
    public void Review_IsFlaggedAtNineOrTen_BeforeOrAfter(int? before, int? after, bool flagged)
    {
        var day = new DateOnly(2026, 3, 5);
        var task = Plan(day, Item(FrequencyKind.Once, day, day)).ExpandFrom(day).Single();
        Assert.True(task.Complete(London, before, after, null, null, null, "h", UserId.New(), new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero)).IsSuccess);
        Assert.False(task.Late);
        Assert.Equal(flagged, task.NeedsReview);
    }

    [Fact]
    public void Task_IsRecordedOnce_NotBeforeItsDay_NorWhenCancelled_AndDistressIsZeroToTen()
    {
        var day = new DateOnly(2026, 3, 5);
        var plan = Plan(day, Item(FrequencyKind.Daily, day, day.AddDays(1)));
        var (today, tomorrow) = (plan.ExpandFrom(day)[0], plan.ExpandFrom(day)[1]);
        var noon = new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(HomeworkTask.NotYetOpen, tomorrow.Skip(London, "r*", null, "h", UserId.New(), noon).Error!.Code);
        Assert.Equal(HomeworkTask.DistressOutOfRange, today.Complete(London, 11, null, null, null, null, "h", UserId.New(), noon).Error!.Code);
        Assert.Equal(HomeworkTask.DistressOutOfRange, today.Complete(London, null, -1, null, null, null, "h", UserId.New(), noon).Error!.Code);
        Assert.True(today.Skip(London, "r*", null, "h", UserId.New(), noon).IsSuccess);
        Assert.Equal(HomeworkTask.AlreadyRecorded, today.Complete(London, 1, 1, null, null, null, "h", UserId.New(), noon).Error!.Code);
        Assert.False(today.CancelForPlanChange(noon)); // recorded homework stays
        Assert.True(tomorrow.CancelForPlanChange(noon));
        Assert.Equal(HomeworkTask.Cancelled, tomorrow.Complete(London, 1, 1, null, null, null, "h", UserId.New(), noon.AddDays(1)).Error!.Code);
    }

    [Fact]
    public void Status_OfAPendingTask_IsDueUntilItsDayCloses_ThenMissed()
    {
        var day = new DateOnly(2026, 3, 29); // London's 23-hour day: it closes at 23:00Z
        var task = Plan(day, Item(FrequencyKind.Once, day, day)).ExpandFrom(day).Single();
        Assert.Equal(HomeworkStatus.Due, task.StatusAt(London, new DateTimeOffset(2026, 3, 29, 22, 59, 59, TimeSpan.Zero)));
        Assert.Equal(HomeworkStatus.Missed, task.StatusAt(London, new DateTimeOffset(2026, 3, 29, 23, 0, 0, TimeSpan.Zero)));
    }
}
