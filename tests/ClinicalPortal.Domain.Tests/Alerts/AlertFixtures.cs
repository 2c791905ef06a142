using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Alerts;

/// <summary>Builders and checks the alert tests share (the escalation worker's actor, a raised alert, firing what is due).</summary>
internal static class AlertFixtures
{
    internal static readonly Actor Worker = Actor.Of("system:escalation");

    internal static readonly Actor Assessment = Actor.Of("system:assessment");

    /// <summary>A documented risk assessment (what closing a High or Imminent alert needs), with the next contact far ahead.</summary>
    internal static readonly RiskAssessment Assessed = new(
        AssessedRisk.Low, "Denies intent; protective factors: children, work.", SafetyPlanReviewed: true, SafetyPlanVersion: 1,
        MeansCounselling: true, NextContactAt: new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero), SupervisorConsulted: null);

    internal static AlertTrigger Trigger(RiskTier tier, AlertSource source = AlertSource.Assessment, string? text = null, params string[] codes) =>
        new(source, tier, source == AlertSource.Assessment ? Guid.NewGuid() : null, codes, text);

    internal static (Alert Alert, EscalationStep Notify) Raise(DateTimeOffset now, RiskTier tier = RiskTier.High, EscalationPolicy? policy = null) =>
        Alert.Raise(OrganizationId.New(), ClientId.New(), UserId.New(), Trigger(tier), policy ?? EscalationPolicy.Default, now, Assessment);

    internal static Alert Raised(DateTimeOffset now, RiskTier tier = RiskTier.High, EscalationPolicy? policy = null) => Raise(now, tier, policy).Alert;

    internal static AlertDeadline PendingDeadline(this Alert alert) => Assert.Single(alert.Deadlines, d => d.IsPending);

    /// <summary>The one pending deadline of a kind (an acknowledged alert has a first-contact and a resolution deadline at once).</summary>
    internal static AlertDeadline PendingDeadline(this Alert alert, AlertDeadlineKind kind) =>
        Assert.Single(alert.Deadlines, d => d.IsPending && d.Kind == kind);

    internal static AlertDeadlineKind[] PendingKinds(this Alert alert) =>
        alert.Deadlines.Where(d => d.IsPending).Select(d => d.Kind).Order().ToArray();

    /// <summary>"Unable to reach" by phone, with a follow-up.</summary>
    internal static Result<Unit> UnableToReach(this Alert alert, string note, DateTimeOffset? followUp, UserId by, DateTimeOffset now) =>
        alert.Resolve(Disposition.UnableToReach, note, followUp, by, now, channel: ContactChannel.Phone);

    internal static void HasNoPendingDeadline(this Alert alert) => Assert.DoesNotContain(alert.Deadlines, d => d.IsPending);

    /// <summary>What the worker does: fires the pending deadline at its due time (plus any lateness); it must send a round.</summary>
    internal static EscalationStep FireDue(this Alert alert, TimeSpan late = default, AlertDeadlineKind? kind = null)
    {
        var deadline = kind is { } k ? alert.PendingDeadline(k) : alert.PendingDeadline();
        var step = alert.Fire(deadline, deadline.DueAt + late, Worker);
        Assert.NotNull(step);
        return step;
    }

    internal static T Ok<T>(this Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    internal static Error Refused<T>(this Result<T> result, ErrorKind kind, string code)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal((kind, code), (result.Error!.Kind, result.Error.Code));
        return result.Error;
    }

    internal static Dictionary<RiskTier, int> Minutes(int imminent, int high, int elevated) => new()
    {
        [RiskTier.Imminent] = imminent,
        [RiskTier.High] = high,
        [RiskTier.Elevated] = elevated,
    };

    internal static EscalationPolicy Policy(
        int imminent = 15, int high = 60, int elevated = 1440, int supervisor = 15, int repeat = 15, IReadOnlyList<Guid>? onCall = null) =>
        EscalationPolicy.Create(Minutes(imminent, high, elevated), supervisor, onCall ?? [], repeat).Ok();

    /// <summary>Every round an alert's deadlines hold, by deadline.</summary>
    internal static int[] DeadlineRounds(this Alert alert) => alert.Deadlines.Select(d => d.Round).ToArray();
}
