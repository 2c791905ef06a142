using ClinicalPortal.Application.Crisis;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>The English strings of the /app pages, in one place so a later translation replaces one file.</summary>
public static class UiText
{
    public const string CrisisHeading = "Need help now?";
    public const string HelpButton = "I need help now";
    public const string HelpSent = "Your care team has been alerted and will contact you. If you are in danger now, call one of the numbers below.";
    public const string SafetyPlanHeading = "My safety plan";
    public const string DueHeading = "Questionnaires to answer";
    public const string NothingDue = "No questionnaire is due now.";
    public const string Submit = "Send my answers";
    public const string ResultHeading = "Thank you: your answers are saved";
    public const string RiskNotice =
        "One of your answers tells us you may be having thoughts of harming yourself. Your care team has been told. " +
        "If you are in danger now, please call one of these numbers.";
    public const string StaffHeading = "Your work";
    public const string AlertQueue = "Alert queue";
    public const string CaseloadLink = "Clients at a glance";
    public const string CaseloadHeading = "Clients at a glance";
    public const string CaseloadCaption = "Each active client: latest score per questionnaire, alerts, homework of the last 14 days";
    public const string SortBy = "Sort by:";
    public const string SortName = "name";
    public const string SortAttention = "needs attention first";
    public const string NoClients = "No active clients.";
    public const string NoResults = "No results yet";
    public const string ClientColumn = "Client";
    public const string ScoresColumn = "Latest scores";
    public const string AlertColumn = "Crisis alert";
    public const string HomeworkColumn = "Homework, 14 days";
    public const string SupervisionLink = "Supervision: caseload risk and team well-being";
    public const string SupervisionHeading = "Supervision";
    public const string TeamHeading = "Your team";
    public const string ClinicianColumn = "Clinician";
    public const string ActiveColumn = "Active clients";
    public const string WorseColumn = "Worse (60 days)";
    public const string NotImprovingColumn = "Not improving (8 weeks)";
    public const string BurnoutColumn = "Burnout rising";
    public const string HomeworkLowColumn = "Homework under 30%";
    public const string OpenAlertsColumn = "Open alerts";
    public const string LateAlertsColumn = "Late alerts";
    public const string FlaggedHeading = "Clients to discuss";
    public const string NobodyFlagged = "No client is flagged.";
    public const string WellbeingHeading = "Team well-being (Copenhagen Burnout Inventory)";

    /// <summary>One month of team well-being in words: the means, or why they are hidden.</summary>
    public static string WellbeingMonth(ClinicalPortal.Application.Wellbeing.MonthWellbeingResponse m) => m.Suppressed switch
    {
        null => $"{m.Month}: {m.Contributors} contributed; " + string.Join("; ", m.Scales!.Select(s => s.Suppressed is null
            ? $"{s.Name.ToLowerInvariant()} {s.Mean:0.#}"
            : $"{s.Name.ToLowerInvariant()} hidden (too few scored it)")),
        "month_open" => $"{m.Month}: {m.Contributors} so far; figures when the month closes",
        "fewer_than_5" => $"{m.Month}: hidden, fewer than 5 contributed",
        _ => $"{m.Month}: hidden, it would reveal the results of fewer than 5 people",
    };

    public const string ChartCaption = "Scores over time; shaded bands are the severity bands, the dashed line the cut-off. The table below has the same numbers.";
    public const string ResultsCaption = "results";
    public const string DateColumn = "Date";
    public const string ScoreColumn = "Score";
    public const string BandColumn = "Band";

    /// <summary>"PHQ-9 9 ↓ better than last time, improved reliably since the first".</summary>
    public static string Score(ClinicalPortal.Application.Clients.CaseloadTrend t)
    {
        var arrow = t.Direction switch { "better" => "▲ better", "worse" => "▼ worse", "same" => "= same", _ => "first result" };
        var scale = t.Scale is null ? "" : $" ({t.Scale})";
        var reliable = t.ReliableSinceFirst switch
        {
            "improved" => ", improved reliably since the first",
            "deteriorated" => ", deteriorated reliably since the first",
            _ => "",
        };
        return $"{t.Instrument}{scale} {t.Latest:0.##}: {arrow}{reliable}";
    }

    public static string Alert(bool open, bool late) => late ? "Late: not acknowledged in time" : open ? "Open" : "None";

    public static string Homework(int done, int due) =>
        due == 0 ? "None due" : $"{done} of {due} ({Math.Round(100m * done / due, MidpointRounding.AwayFromZero):0}%)";

    /// <summary>A contact URI as a person reads it: "tel:988" is 988, "sms:741741?body=HOME" is 741741.</summary>
    public static string ContactLabel(string contact)
    {
        var colon = contact.IndexOf(':', StringComparison.Ordinal);
        var label = colon >= 0 && !contact.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? contact[(colon + 1)..] : contact;
        var query = label.IndexOf('?', StringComparison.Ordinal);
        return query >= 0 ? label[..query] : label;
    }

    public static string Result(string instrument, decimal? total, string? severity) =>
        total is decimal t
            ? $"Your {instrument} score is {t:0.##}{(severity is null ? "" : $" ({severity})")}. Your clinician will go through it with you."
            : $"Your {instrument} answers are saved. Your clinician will go through them with you.";

    public static IEnumerable<(string Title, IReadOnlyList<string> Entries)> SafetyPlanSections(SafetyPlanResponse plan) =>
    [
        ("Warning signs", plan.WarningSigns),
        ("Things I can do on my own", plan.CopingStrategies),
        ("People and places that distract me", plan.DistractionPeopleAndPlaces),
        ("People I can ask for help", plan.PeopleToAskForHelp),
        ("Professionals and services", plan.ProfessionalsAndServices),
        ("Making my surroundings safe", plan.MakingTheEnvironmentSafe),
        ("My reasons for living", plan.ReasonsForLiving),
    ];

    // ----- Administrator pages (/app/admin): staff, escalation policy, audit trail -----
    public const string AdminLink = "Administration: staff, escalation policy, audit trail";
    public const string AdminHeading = "Administration";
    public const string AdminIntro = "Your organisation's staff, how crisis alerts escalate, and the audit trail of every access.";
    public const string AdminStaffLink = "Staff: add, deactivate, supervisors";
    public const string AdminEscalationLink = "Escalation policy for crisis alerts";
    public const string AdminAuditLink = "Audit trail: search and verify";
    public const string AdminBack = "Back to administration";
    public const string StaffBack = "Back to staff";

    public const string StaffPageHeading = "Staff";
    public const string StaffListHeading = "Everyone in your organisation";
    public const string StaffNameColumn = "Name";
    public const string StaffEmailColumn = "E-mail";
    public const string StaffRoleColumn = "Role";
    public const string StaffSupervisorColumn = "Supervisor";
    public const string StaffStatusColumn = "Status";
    public const string NoSupervisor = "No supervisor";
    public const string AddStaffHeading = "Add a clinician or supervisor";
    public const string AddStaffIntro = "The person receives an e-mail inviting them to set a password.";
    public const string StaffEmailLabel = "E-mail";
    public const string StaffNameLabel = "Name";
    public const string StaffRoleLabel = "Role";
    public const string StaffSupervisorLabel = "Supervisor (clinicians only)";
    public const string AddStaffButton = "Add and send the invitation";
    public const string SupervisorHeading = "Supervisor";
    public const string SupervisorButton = "Save the supervisor";
    public const string DeactivateHeading = "Deactivate";
    public const string DeactivateIntro =
        "The person can no longer sign in; their record stays. Transfer their clients, and a supervisor's clinicians, first.";
    public const string DeactivateReasonLabel = "Reason (kept in the record)";
    public const string DeactivateButton = "Deactivate this person";

    public static string StaffRoleName(ClinicalPortal.Domain.Common.Role role) => role switch
    {
        ClinicalPortal.Domain.Common.Role.OrgAdmin => "Administrator",
        ClinicalPortal.Domain.Common.Role.Supervisor => "Supervisor",
        ClinicalPortal.Domain.Common.Role.Clinician => "Clinician",
        _ => "Client",
    };

    public static string StaffStatus(DateTimeOffset? deactivatedAt) =>
        deactivatedAt is { } at ? $"Deactivated on {at:yyyy-MM-dd}" : "Active";

    public static string StaffCreated(string name, string email) => $"{name} was added; an invitation was sent to {email}.";

    public static string SupervisorSet(string name, string? supervisor) =>
        supervisor is null ? $"{name} has no supervisor now." : $"{name}'s supervisor is now {supervisor}.";

    public static string StaffDeactivated(string name) => $"{name} is deactivated and can no longer sign in.";

    public const string EscalationHeading = "Escalation policy";
    public const string EscalationCurrentHeading = "In force now";
    public const string EscalationChangeHeading = "Change the policy";
    public const string AcknowledgeLegend = "Minutes until an alert must be acknowledged";
    public const string SupervisorDeadline = "Then the supervisor has (minutes)";
    public const string RepeatInterval = "Remind everyone again every (minutes)";
    public const string PolicyOnCall = "On call";
    public const string NobodyOnCall = "Nobody";
    public const string EscalationButton = "Save the policy";
    public const string EscalationNote = "New alerts follow the policy; alerts already raised keep the policy they started with.";
    public const string EscalationSaved = "The escalation policy is saved. New alerts follow it.";

    public static string TierDeadline(string tier) => $"{tier} alert";

    /// <summary>Minutes as a person reads them: 15 minutes, 1 hour, 1 day.</summary>
    public static string PolicyDuration(int minutes) => minutes switch
    {
        _ when minutes % 1440 == 0 => Plural(minutes / 1440, "day"),
        _ when minutes % 60 == 0 => Plural(minutes / 60, "hour"),
        _ => Plural(minutes, "minute"),
    };

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    public const string AuditHeading = "Audit trail";
    public const string VerifyHeading = "Is the audit trail intact?";
    public const string VerifyIntro = "Recomputes the sealed chain of audit events and reports the first event that was altered or removed, if any.";
    public const string VerifyButton = "Verify the chain";
    public const string AuditSearchHeading = "Search";
    public const string AuditClientIdLabel = "Client id (optional)";
    public const string AuditFromLabel = "From day (UTC, optional)";
    public const string AuditToLabel = "To day (UTC, included, optional)";
    public const string AuditSearchButton = "Search";
    public const string NoAuditEvents = "No audit events match.";
    public const string AuditEventsCaption = "Audit events, oldest first";
    public const string AuditIdColumn = "No.";
    public const string AuditTimeColumn = "Time (UTC)";
    public const string AuditActorColumn = "Who";
    public const string AuditActionColumn = "Action";
    public const string AuditResourceColumn = "Record";
    public const string AuditClientColumn = "Client id";
    public const string AuditOutcomeColumn = "Outcome";
    public const string AuditNextPage = "Next page";
    public const string AuditSystemActor = "the system";

    /// <summary>The chain check in words.</summary>
    public static string Verification(ClinicalPortal.Application.Common.Abstractions.AuditVerification v)
    {
        var waiting = v.Unsealed == 0 ? "" : $" {v.Unsealed} newer events wait to be sealed (within seconds) and are checked next time.";
        return v.Valid
            ? $"The audit trail is intact: {v.EventsChecked} sealed events checked, none altered or missing.{waiting}"
            : $"The audit trail is not intact: {v.Problem} (event {v.BrokenEventId?.ToString() ?? "unknown"}, position {v.BrokenAtSequence?.ToString() ?? "unknown"} in the chain). " +
              "Tell your security officer; do not change anything.";
    }

    public const string AdminCrisisLinesLink = "Crisis lines your clients see";
    public const string CrisisLinesHeading = "Crisis lines";
    public const string CrisisLinesNote = "Every client sees these lines and the lines your organisation adds; the emergency number comes last.";
    public const string CrisisLinesChangeHeading = "Country and added lines";
    public const string CountryLabel = "Country (its national lines always stay)";
    public const string LineNameLabel = "Name";
    public const string LineInstructionLabel = "What to do";
    public const string LineContactLabel = "Contact (tel:, sms: or https://)";
    public const string CrisisLinesButton = "Save the crisis lines";
    public const string CrisisLinesSaved = "The crisis lines are saved; clients see them from now on.";

    public static string NationalLinesHeading(string country) => $"National lines ({country})";

    public static string AddedLineLegend(int number, bool empty) => empty ? "Add a line (leave empty for none)" : $"Added line {number} (empty it to remove it)";
}
