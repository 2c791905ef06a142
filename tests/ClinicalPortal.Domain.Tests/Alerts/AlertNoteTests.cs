using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class AlertNoteTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<AlertStatus> States => [AlertStatus.Open, AlertStatus.Acknowledged, AlertStatus.Resolved];

    private static Alert In(AlertStatus status)
    {
        var alert = AlertFixtures.Raised(Now);
        if (status != AlertStatus.Open)
        {
            alert.Acknowledge(UserId.New(), Now.AddMinutes(1)).Ok();
        }

        if (status == AlertStatus.Resolved)
        {
            alert.Resolve(Disposition.SafetyPlanReviewed, "Plan reviewed", null, UserId.New(), Now.AddMinutes(2), assessment: AlertFixtures.Assessed).Ok();
        }

        Assert.Equal(status, alert.Status);
        return alert;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void AddNote_InAnyState_JoinsTheTimeline_Trimmed(AlertStatus status)
    {
        var alert = In(status);
        var by = UserId.New();
        var events = alert.Events.Count;

        alert.AddNote("  Called back, left a message.\n", Actor.Person(by), Now.AddHours(1)).Ok();

        Assert.Equal(events + 1, alert.Events.Count);
        var note = alert.Events[^1];
        Assert.Equal((AlertEventKind.NoteAdded, "Called back, left a message.", Now.AddHours(1)), (note.Kind, note.TextProtected, note.At));
        Assert.Equal(by, note.ActorUserId);
        Assert.Equal(status, alert.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n ")]
    public void AddNote_WithoutText_IsRefusedByName(string text)
    {
        var alert = AlertFixtures.Raised(Now);

        alert.AddNote(text, Actor.Person(UserId.New()), Now.AddMinutes(1)).Refused(ErrorKind.RuleViolation, Alert.NoteRequired);

        Assert.Single(alert.Events);
    }

    [Fact]
    public void AddNote_OnAnOpenAlert_LeavesTheEscalationAlone()
    {
        var alert = AlertFixtures.Raised(Now);
        var deadline = alert.PendingDeadline();
        var rounds = alert.RoundsAllocated;

        alert.AddNote("Trying the client's mobile", Actor.Person(UserId.New()), Now.AddMinutes(1)).Ok();

        Assert.Same(deadline, alert.PendingDeadline());
        Assert.Equal((AlertStatus.Open, rounds, Now.AddMinutes(60)), (alert.Status, alert.RoundsAllocated, deadline.DueAt));
    }
}
