using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Notifications;
using Domain = ClinicalPortal.Domain;

namespace ClinicalPortal.Api.Pages.Alerts;

/// <summary>An alert's facts in the words a responder reads: no enum names on the page.</summary>
public static class AlertWords
{
    public static string Tier(string tier) => tier switch
    {
        "Imminent" => "Imminent risk",
        "High" => "High risk",
        _ => "Elevated risk",
    };

    public static string Status(AlertResponse alert) => alert.Status switch
    {
        "Open" => "waiting for someone to acknowledge it",
        "Acknowledged" when alert.FollowUpAt is not null => "acknowledged; the client could not be reached yet",
        "Acknowledged" when alert.ContactedAt is not null => "acknowledged; the client was reached",
        "Acknowledged" => "acknowledged; the client has not been reached yet",
        "AwaitingCosign" => "proposed as not a risk; waiting for a second person to agree",
        _ => "resolved",
    };

    public static string Due(string kind) => kind switch
    {
        nameof(AlertDeadlineKind.Escalation) => "Acknowledge by",
        nameof(AlertDeadlineKind.FirstContact) => "Reach the client by",
        nameof(AlertDeadlineKind.Resolution) => "Resolve by",
        _ => "Try the client again by",
    };

    public static string Target(string target) => target switch
    {
        nameof(EscalationTarget.Clinician) => "the client's clinician",
        nameof(EscalationTarget.Supervisor) => "the clinician's supervisor",
        nameof(EscalationTarget.OnCall) => "on-call staff",
        _ => "the whole care team",
    };

    public static IReadOnlyList<(string Value, string Words)> Channels { get; } =
    [
        (nameof(ContactChannel.Phone), "Phone call"),
        (nameof(ContactChannel.TextMessage), "Text message"),
        (nameof(ContactChannel.Email), "E-mail"),
        (nameof(ContactChannel.VideoCall), "Video call"),
        (nameof(ContactChannel.InPerson), "In person"),
    ];

    public static IReadOnlyList<(string Value, string Words)> Dispositions { get; } =
    [
        (nameof(Domain.Alerts.Disposition.ContactedSafe), "Reached the client: safe for now"),
        (nameof(Domain.Alerts.Disposition.SafetyPlanReviewed), "Reviewed the safety plan with the client"),
        (nameof(Domain.Alerts.Disposition.EmergencyReferral), "Referred the client to emergency care"),
        (nameof(Domain.Alerts.Disposition.UnableToReach), "Could not reach the client: try again later"),
        (nameof(Domain.Alerts.Disposition.FalsePositive), "Not a risk (for example, an answer given by mistake)"),
    ];

    public static IReadOnlyList<(string Value, string Words)> RiskLevels { get; } =
    [
        (nameof(AssessedRisk.Low), "Low"),
        (nameof(AssessedRisk.Moderate), "Moderate"),
        (nameof(AssessedRisk.High), "High"),
    ];

    /// <summary>How soon each tier's client is tried again at the latest (the domain's bounds): "within 4 hours for imminent risk, ...".</summary>
    public static string FollowUpBounds { get; } = string.Join(", ", new[] { Domain.Measures.RiskTier.Imminent, Domain.Measures.RiskTier.High, Domain.Measures.RiskTier.Elevated }
        .Select(t => $"within {Domain.Alerts.Alert.Words(Domain.Alerts.Alert.MaxFollowUpAfter(t))} for {Tier(t.ToString()).ToLowerInvariant()}"));

    /// <summary>
    /// What a refused field of the alert's forms needs, in a responder's words (the request's own message names the
    /// JSON field, for API callers); null for a field the page does not show, whose request message is shown instead.
    /// </summary>
    public static string? FieldNeeds(string field) => field switch
    {
        "disposition" => "Choose the outcome.",
        "note" => "Write a note: what happened and what you did.",
        "channel" => "Choose how you tried to reach the client.",
        "reached" => "Say whether you reached the client.",
        "followUpAt" => $"Give when you will try again: a time ahead, {FollowUpBounds}.",
        "riskAssessment" => "Closing a high or imminent risk alert needs the risk assessment: fill in the questions below.",
        "riskAssessment.level" => "Choose the client's risk now.",
        "riskAssessment.rationale" => "Say why: what you found, and the protective factors.",
        "riskAssessment.safetyPlanReviewed" => "Say whether you reviewed the safety plan with the client.",
        "riskAssessment.meansCounselling" => "Say whether access to lethal means was discussed.",
        "riskAssessment.nextContactAt" => "Give the date and time of the next contact with the client, ahead of now.",
        _ => null,
    };

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => "Not recorded" };

    public static string Channel(string value) => Channels.FirstOrDefault(c => c.Value == value).Words ?? value;

    public static string Disposition(string value) => Dispositions.FirstOrDefault(d => d.Value == value).Words ?? value;

    /// <summary>One timeline entry as a sentence: "Escalated to the clinician's supervisor: nobody reached the client in time".</summary>
    public static string Entry(AlertEventResponse e) => e.Kind switch
    {
        nameof(AlertEventKind.Raised) => $"Raised ({Tier(e.Tier ?? "Elevated").ToLowerInvariant()}){Source(e.Source)}{Reasons(e.Codes)}",
        nameof(AlertEventKind.TriggerAdded) => $"New risk signal{Source(e.Source)}{Reasons(e.Codes)}",
        nameof(AlertEventKind.TierRaised) => $"Risk raised to {Tier(e.Tier ?? "Elevated").ToLowerInvariant()}",
        nameof(AlertEventKind.Notified) => $"Told {Target(e.Target ?? "")} ({Plural(e.Recipients?.Count ?? 0, "person", "people")})",
        nameof(AlertEventKind.Escalated) => $"Escalated to {Target(e.Target ?? "")}: {Missed(e.Missed)}",
        nameof(AlertEventKind.Acknowledged) => "Acknowledged",
        nameof(AlertEventKind.NoteAdded) => "Note",
        nameof(AlertEventKind.ContactMade) => $"Reached the client ({Channel(e.Channel ?? "").ToLowerInvariant()})",
        nameof(AlertEventKind.ContactAttempted) => $"Tried to reach the client ({Channel(e.Channel ?? "").ToLowerInvariant()}), no answer",
        nameof(AlertEventKind.FollowUpScheduled) => $"Could not reach the client ({Channel(e.Channel ?? "").ToLowerInvariant()}); trying again later",
        nameof(AlertEventKind.Reopened) => "Opened again",
        nameof(AlertEventKind.Resolved) => $"Resolved: {Disposition(e.Disposition ?? "")}",
        nameof(AlertEventKind.CosignRequested) => "Proposed as not a risk; a second person must agree",
        nameof(AlertEventKind.Cosigned) => "Agreed it was not a risk: resolved",
        _ => e.Kind,
    };

    /// <summary>Every instrument's risk rules by code, with the reason each states ("C-SSRS: suicidal intent with a worked-out plan in the past month.").</summary>
    private static readonly IReadOnlyDictionary<string, string> RuleReasons = Domain.Measures.InstrumentLibrary.All
        .SelectMany(i => i.RiskRules).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);

    /// <summary>What the answers showed, from the rules they met, highest first as the trigger lists them: why the alert is of its tier.</summary>
    private static string Reasons(IReadOnlyList<string>? codes)
    {
        var reasons = (codes ?? []).Select(c => RuleReasons.GetValueOrDefault(c)).OfType<string>().Select(r => r.TrimEnd('.')).ToList();
        return reasons.Count == 0 ? "" : ". " + string.Join("; ", reasons);
    }

    /// <summary>
    /// Why the alert is of its tier, once per reason, the newest first: what the answers showed (each rule's reason) and
    /// what the client did ("The client pressed \"I need help now\"").
    /// </summary>
    public static IReadOnlyList<string> Why(AlertResponse alert) => (alert.Timeline ?? [])
        .Where(e => e.Kind is nameof(AlertEventKind.Raised) or nameof(AlertEventKind.TriggerAdded))
        .Reverse()
        .SelectMany(e => (e.Codes ?? []).Select(c => RuleReasons.GetValueOrDefault(c)).OfType<string>()
            .DefaultIfEmpty(SourceSentence(e.Source)))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static string SourceSentence(string? source) => source switch
    {
        nameof(AlertSource.ClientRequest) => "The client pressed \"I need help now\".",
        nameof(AlertSource.CheckIn) => "The client answered a check-in \"not OK\".",
        nameof(AlertSource.Clinician) => "Raised by a member of staff.",
        _ => "A questionnaire answer.",
    };

    private static string Missed(string? kind) => kind switch
    {
        nameof(AlertDeadlineKind.FirstContact) => "nobody recorded reaching the client in time",
        nameof(AlertDeadlineKind.Resolution) => "it was not resolved in time",
        _ => "nobody acknowledged it in time",
    };

    private static string Source(string? source) => source switch
    {
        nameof(AlertSource.Assessment) => " from a questionnaire answer",
        nameof(AlertSource.ClientRequest) => ": the client pressed \"I need help now\"",
        nameof(AlertSource.Clinician) => " by a member of staff",
        nameof(AlertSource.CheckIn) => ": the client answered a check-in \"not OK\"",
        _ => "",
    };

    /// <summary>Where the text message of a round to one person stands, in words.</summary>
    public static string TextState(string state) => state switch
    {
        nameof(AlertTextState.Queued) => "waiting to be sent",
        nameof(AlertTextState.Sent) => "sent",
        nameof(AlertTextState.NoPhone) => "not sent: no phone number on file",
        nameof(AlertTextState.NotNeeded) => "not sent: no longer needed",
        _ => "unknown",
    };

    /// <summary>A caring contact after the alert closed, in words.</summary>
    public static string FollowUpKind(string kind) => kind switch
    {
        nameof(CaringContactKind.CheckIn) => "Check-in with the client (a message and one question)",
        nameof(CaringContactKind.SafetyPlanReview) => "Safety-plan review with the client",
        _ => "Follow-up",
    };

    /// <summary>Where it stands, as words before and after its time (the page shows the time in the reader's zone).</summary>
    public static (string Before, DateTimeOffset At, string After) FollowUpState(CaringContactResponse c) => (c.State, c.Kind) switch
    {
        (nameof(CaringContactState.Planned), _) => ("planned for", c.DueAt, ""),
        (nameof(CaringContactState.Due), nameof(CaringContactKind.CheckIn)) =>
            c.MessagedAt is { } sent ? ("sent", sent, ", not answered yet") : ("shown to the client since", c.DueAt, ", not answered yet"),
        (nameof(CaringContactState.Due), _) => ("due since", c.DueAt, ": it is done when you save the safety plan after going through it with the client"),
        (nameof(CaringContactState.AnsweredOk), _) => ("answered", c.AnsweredAt!.Value, ": OK"),
        (nameof(CaringContactState.AnsweredNotOk), _) => ("answered", c.AnsweredAt!.Value, ": not OK, and a new alert was raised"),
        _ => ("done", c.DoneAt ?? c.DueAt, $" (safety plan version {c.SafetyPlanVersion})"),
    };

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
