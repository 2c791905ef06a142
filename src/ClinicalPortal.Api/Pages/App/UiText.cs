using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>The English strings of the /app pages, in one place so a later translation replaces one file.</summary>
public static class UiText
{
    public const string CrisisHeading = "Need help now?";
    public const string HelpButton = "I need help now";
    public const string HelpHeading = "Get help now";
    public const string HelpLinesLabel = "Who to call now";
    /// <summary>What the help page says of the alert: only what the service does (docs/clinical/crisis-escalation.md: "the team has been told but may not see it straight away").</summary>
    public const string HelpSent =
        "Your care team has been told that you asked for help, but they may not see it straight away. " +
        "Do not wait for them: if you need help now, use the numbers above.";
    public const string SafetyPlanHeading = "My safety plan";
    public const string DueHeading = "Questionnaires to answer";
    public const string NothingDue = "No questionnaire is due now.";
    public const string Submit = "Send my answers";
    public const string MoreQuestions = "Because of your answers so far, there are a few more questions. Your answers are not saved until you send them.";
    public const string ChangeAnswers = "Change my earlier answers";
    public const string AnswersNotSaved = "Your answers could not be saved. Please check them and send them again.";

    public static string PleaseAnswer(IEnumerable<int> items) => $"Please answer question {string.Join(", ", items)}.";

    public static string NotAnOption(IEnumerable<int> items) =>
        $"An answer to question {string.Join(", ", items)} is not one of the choices. Please choose one of the answers shown.";

    public static string YourAnswer(string option) => $"Your answer: {option}";
    public const string ResultHeading = "Thank you: your answers are saved";
    public const string RiskNotice =
        "One of your answers tells us you may be having thoughts of ending your life or of harming yourself. " +
        "Your care team has been told, but they may not see it straight away. " +
        "If you are in danger now, call the emergency number below; to talk to someone now, use one of the other lines.";
    /// <summary>Above the lines when an answer shows imminent risk (intent, a plan, or recent suicidal behaviour): act now, do not wait.</summary>
    public static string ImminentRiskNotice(string? emergencyNumber) =>
        "Your answers tell us you may be in danger now. " +
        (emergencyNumber is null ? "Call your local emergency number now" : $"Call {emergencyNumber} now") +
        ", or go to the nearest emergency department, or use one of the lines below. " +
        "Your care team has been told, but they may not see it straight away: do not wait for them.";

    /// <summary>The result line after a risk answer: saved, nothing promised about when anyone reads it.</summary>
    public const string RiskResult = "Your answers are saved.";
    public const string MyHomeworkHeading = "My homework";
    public const string TodayHeading = "Today's homework";
    public const string NothingToday = "No homework for today.";
    public const string AllHomeworkLink = "All my homework this week";
    public const string MyPlanHeading = "My plan";
    public const string NoHomeworkThisWeek = "No homework this week.";
    public const string BeforeHeading = "Before you start";
    public const string AfterHeading = "When you have finished";
    public const string DistressBefore = "How distressed do you feel right now?";
    public const string DistressAfter = "How distressed do you feel now, at the end?";
    public const string DistressEnds = "0 is no distress at all, 10 the most you can imagine.";
    public const string ReadDone = "I have read this";
    public const string CheckInHeading = "A message from your care team";
    public const string CheckInLink = "Answer one question: how are you doing today?";
    public const string CheckInOk = "I'm OK";
    public const string CheckInNotOk = "I'm not OK";
    public const string CheckInOkThanks =
        "Thank you for letting us know. If that changes, the lines below are there at any time, and so is \"I need help now\".";
    public const string CheckInNotOkThanks =
        "Thank you for telling us. Your care team has been told, but they may not see it straight away. " +
        "Do not wait for them: if you are in danger now, call the emergency number above; to talk to someone now, use one of the other lines above.";
    public const string CheckInAlreadyAnswered =
        "You have already answered this check-in. If you need help now, use the lines below or \"I need help now\".";
    public const string CheckInChooseOne = "Choose one of the two answers.";
    public const string BackHome = "Back to home";
    public const string PracticeDone = "I did this practice";
    public const string TimerStart = "Start the timer";
    public const string TimerPause = "Pause the timer";
    public const string TimerDone = "Time is up. Take your time to come back.";
    public const string NextStep = "Next step";
    public const string PreviousStep = "Previous step";
    public const string ReflectionLabel = "Anything you want to remember from today (optional; your clinician can read it)";
    public const string FinishButton = "Save: I did it";
    public const string SkipSummary = "I can't do this today";
    public const string SkipLabel = "What got in the way? Your clinician will read this.";
    public const string SkipButton = "Skip this task";
    public const string BackToHomework = "Back to my homework";
    public const string FormProblem = "Please look at the marked questions and send again.";
    public const string RequiredStep = "This step is needed to save the task: please answer it.";
    public const string AlreadyRecorded = "This task was already saved (perhaps from another tab). Here is what was recorded.";
    public const string TaskCancelled = "This task was taken away by a change of plan; there is nothing to do for it.";
    public const string NotOpenYet = "This task opens on its day. You can read the module now.";
    public const string YourAnswers = "What you recorded";
    public const string ProgressLink = "My progress";
    public const string ProgressHeading = "My progress";
    public const string NoProgress = "You have not answered a questionnaire yet.";
    public const string MyReportHeading = "My progress report (PDF)";
    public const string ReportExplain = "A PDF of your results and homework in plain words, with your crisis lines and safety plan on the last page. Choose the period; leave it empty for the last 12 weeks.";
    public const string ReportButton = "Download my report";

    /// <summary>"Tuesday 1 December".</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture);

    public static string RateEnds(string? low, string? high) => $"0: {low}. 10: {high}.";

    public static string StepOf(int number, int count, string title) => $"Step {number} of {count}: {title}";

    public static string Minutes(int minutes) => minutes == 1 ? "about 1 minute" : $"about {minutes} minutes";

    /// <summary>Where a task stands, in the client's words.</summary>
    public static string HomeworkStatus(ClinicalPortal.Application.Practice.HomeworkTaskResponse t) => t.Status switch
    {
        "Done" => t.Late ? "done (late)" : "done",
        "Skipped" => "skipped",
        "Missed" => t.CanRecord ? "missed: you can still do it" : "missed",
        _ => t.CanRecord ? "to do" : "not open yet",
    };

    /// <summary>What a completion or skip recorded, with the distress change when both were rated.</summary>
    public static string HomeworkRecorded(ClinicalPortal.Application.Practice.HomeworkTaskResponse t) => t.Status switch
    {
        "Skipped" => "Saved: this task is skipped. That is all right; your clinician will see why.",
        _ => "Well done: this task is saved as done" + (t.Late ? " (late)" : "") + "." +
             (t is { DistressBefore: { } before, DistressAfter: { } after } ? $" Your distress went from {before} to {after}." : ""),
    };

    public const string NotificationsLink = "Notifications";
    public const string NotificationsHeading = "Notifications";
    public const string NotificationsExplain = "Crisis alerts you were told about, unread first. Marking one read does not acknowledge the alert: open the alert to acknowledge it.";
    public const string NoNotifications = "No notifications.";
    public const string MarkRead = "Mark read";

    /// <summary>"Imminent alert, 2026-12-01 18:40 UTC: you were told as the supervisor (round 2), unread".</summary>
    public static string Notification(ClinicalPortal.Application.Notifications.NotificationResponse n)
    {
        var who = n.Reason switch { "OnCall" => "on-call staff", "Everyone" => "the care team", _ => "the " + n.Reason.ToLowerInvariant() };
        var round = n.Round > 1 ? $" (reminder {n.Round})" : "";
        return $"{n.Tier} alert, {n.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: you were told as {who}{round}{(n.ReadAt is null ? ", unread" : "")}";
    }

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
        "month_open" => $"{m.Month}: figures when the month closes",
        "fewer_than_5" => $"{m.Month}: hidden, fewer than 5 contributed",
        "too_close_to_another_group" => $"{m.Month}: hidden, these people differ too little from a group already shown for the month",
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

    /// <summary>
    /// The client's sentence after sending a questionnaire. An instrument whose bands are for the clinician (WHO-5:
    /// "likely depression") gives the score in plain, kind words without the band; the clinician sees the band.
    /// </summary>
    public static string Result(InstrumentDefinition instrument, decimal? total, string? severity) =>
        total is decimal t && !instrument.BandsShownToClient
            ? $"Thank you for telling us how you have been. Your {instrument.Code} score is {t:0.##}" +
              (instrument.Scoring.MaxTotal is decimal max ? $" out of {max:0.##}" : string.Empty) +
              (instrument.HigherIsBetter ? "; a higher score means you have been feeling better." : ".") +
              " Your clinician will go through it with you. If things feel hard right now, the help below is there at any time."
            : Result(instrument.Code, total, severity);

    /// <summary>The source and copyright line under a questionnaire, as the instrument's licence asks.</summary>
    public static string Source(InstrumentLicence licence) => $"Source: {licence.Notice}";

    public static string Result(string instrument, decimal? total, string? severity) =>
        total is decimal t
            ? $"Your {instrument} score is {t:0.##}{(severity is null ? "" : $" ({severity})")}. Your clinician will go through it with you."
            : "Your answers are saved. Your clinician will go through them with you.";

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

    // ---- The clinician's client page and its sub-pages (plan, schedules, safety plan, report) ----
    public const string ClientPagesLabel = "This client";
    public const string BackToClient = "Back to the client";
    public const string HomeworkHeading = "Homework and reflections (28 days back, 7 ahead)";
    public const string NoHomework = "No homework in these days.";
    public const string ModuleColumn = "Module";
    public const string StatusColumn = "Status";
    public const string DistressColumn = "Distress before → after";
    public const string LateColumn = "Late";
    public const string ReflectionColumn = "Reflection or reason for skipping";
    public const string Withheld = "withheld";
    public const string Yes = "yes";
    public const string No = "no";

    public static string Distress(int? before, int? after) =>
        before is null && after is null ? "-" : $"{before?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} → {after?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>The client's words: the reflection, or why they skipped; "withheld" when the Application keeps them from this reader.</summary>
    public static string HomeworkText(ClinicalPortal.Application.Practice.HomeworkTaskResponse task) =>
        task.TextWithheld ? Withheld : task.Reflection ?? (task.SkipReason is { } reason ? $"Skipped: {reason}" : "");

    public static string AdherenceLine(ClinicalPortal.Application.Practice.AdherenceResponse a) => a.Overall.Counted == 0
        ? "Last 28 days: no homework done, skipped or missed yet."
        : $"Last 28 days: {Homework(a.Overall.Done, a.Overall.Counted)} done, {a.Overall.Skipped} skipped, {a.Overall.Missed} missed; " +
        $"streak {a.CurrentStreak} days (longest {a.LongestStreak}).";

    public const string PlanHeading = "Practice plan";
    public const string CurrentPlanHeading = "Current plan";
    public const string NoPlan = "No practice plan yet.";
    public const string GoalsLabel = "Goals";
    public const string NoteToClientLabel = "Note to the client (optional)";
    public const string AssignHeading = "Assign a new plan";
    public const string AssignHint = "It replaces the current plan; its future tasks not yet done are cancelled. Rows without a module are left out.";
    public const string ModuleLabel = "Module";
    public const string NoModule = "(none)";
    public const string FrequencyLabel = "How often";
    public const string TimesPerWeekLabel = "Times a week (for 'times a week')";
    public const string StartLabel = "Start";
    public const string EndLabel = "End (optional)";
    public const string PlanEndLabel = "End";
    public const string AssignButton = "Assign plan";
    public const string PlanAssigned = "The plan is assigned; the client sees their tasks.";
    public const string WithheldPlanText = "(goals and note withheld)";

    public static string RowLegend(int row) => $"Module {row + 1}";

    public static string FrequencyName(string kind) => kind switch
    {
        "Daily" => "daily",
        "TimesPerWeek" => "times a week",
        "Once" => "once",
        _ => kind,
    };

    public static string Frequency(ClinicalPortal.Application.Practice.FrequencyResponse f) => f.Kind switch
    {
        "TimesPerWeek" => $"{f.TimesPerWeek} times a week ({string.Join(", ", f.DaysOfWeek)})",
        _ => FrequencyName(f.Kind),
    };

    public static string PlanItem(ClinicalPortal.Application.Practice.PracticePlanItemResponse i) =>
        $"{i.ModuleTitle}: {Frequency(i.Frequency)}, {i.Start:yyyy-MM-dd} to {i.End:yyyy-MM-dd}";

    public const string SchedulesHeading = "Measure schedules";
    public const string NoSchedules = "No questionnaire is scheduled.";
    public const string InstrumentLabel = "Questionnaire";
    public const string CadenceLabel = "Every (days)";
    public const string WindowColumn = "Open now";
    public const string EndedColumn = "Ended";
    public const string ScheduleHeading = "Schedule a questionnaire";
    public const string ScheduleButton = "Schedule";
    public const string Scheduled = "The questionnaire is scheduled.";
    public const string EndScheduleButton = "End this schedule";
    public const string ScheduleEnded = "The schedule has ended.";

    public static string Window(ClinicalPortal.Domain.Measures.AdministrationWindow? w) =>
        w is null ? "-" : $"until {w.ClosesAt:yyyy-MM-dd HH:mm} UTC";

    public const string ClientSafetyPlanHeading = "Safety plan";
    public const string NoSafetyPlan = "No safety plan yet.";
    public const string EditSafetyPlanHeading = "Write a new version";
    public const string OnePerLine = "One entry per line.";
    public const string SaveSafetyPlan = "Save the safety plan";
    public const string SafetyPlanSaved = "The safety plan is saved as a new version; the client sees it beside the crisis lines.";

    public static string SafetyPlanVersion(ClinicalPortal.Application.Crisis.SafetyPlanResponse p) =>
        $"Version {p.Version}, written {p.CreatedAt:yyyy-MM-dd}";

    public const string ReportHeading = "Progress report (PDF)";
    public const string ReportHint = "The dates are the client's days. The report is recorded as a disclosure.";
    public const string FromLabel = "From";
    public const string ToLabel = "To";
    public const string AudienceLabel = "Written for";
    public const string AudienceClinician = "the care team";
    public const string AudienceClient = "the client (plain words)";
    public const string GenerateButton = "Generate the PDF";
    public const string IncludeReflectionsLegend = "Include the client's reflections (last 12 weeks)";

    public static string ReflectionChoice(ClinicalPortal.Application.Practice.HomeworkTaskResponse task) =>
        $"{task.Date:yyyy-MM-dd}, {task.ModuleTitle}: “{task.Reflection}”";
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
    public const string StaffPhoneColumn = "Phone for urgent texts";
    public const string NoPhone = "No phone on file";
    public const string PhoneHeading = "Phone for urgent texts";
    public const string PhoneIntro =
        "When an alert of the highest urgency reaches this person, they get a text message at this number as well as an e-mail. " +
        "Write it with the country code, e.g. +44 7700 900123. Leave it empty to remove it.";
    public const string PhoneLabel = "Phone number";
    public const string PhoneButton = "Save the phone number";

    public static string PhoneSaved(string name, string? phone) =>
        phone is null ? $"{name} has no phone number on file now." : $"{name}'s phone number is now {phone}.";

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
    public const string AdminCoverageLink = "Service hours and on-call rota";
    public const string CoverageHeading = "Service hours and on-call rota";
    public const string CoverageNowHeading = "What clients are told now";
    public const string NoCoverage = "No hours are set: clients are not told when the team works, and every alert goes to the clinician first.";
    public const string CoverageNote = "Outside the hours a new alert goes at once to whoever is on call at that hour, as well as the clinician. Clients see the hours beside their crisis lines.";
    public const string CoverageChangeHeading = "Change the hours and the rota";
    public const string CoverageZoneLabel = "Time zone of the hours (start typing a city, for example London or New_York)";
    public const string CoverageZoneNeeds = "Choose a time zone from the list, written as region and city, for example Europe/London or America/New_York.";
    public const string DefaultCoverageZone = "America/New_York";
    public const string CoverageHoursLegend = "Hours the care team works (leave both times empty on a day it does not)";
    public const string ShiftPersonLabel = "Who is on call";
    public const string ShiftDayLabel = "Day the shift starts";
    public const string ShiftStartsLabel = "Starts";
    public const string ShiftEndsLabel = "Ends (before the start: the next morning; the same time: 24 hours)";
    public const string CoverageButton = "Save the hours and the rota";
    public const string CoverageSaved = "The hours and the rota are saved.";

    public static string OpensLabel(string day) => $"{day}: opens";

    public static string ClosesLabel(string day) => $"{day}: closes";

    public static string MoreHoursLegend(int n, bool empty) =>
        empty ? "Another span on a day the team works twice (empty: add one, for example 13:00 to 17:00 after a lunch break)" : $"Another span of hours {n}";

    public const string MoreHoursDayLabel = "Day";
    public const string MoreHoursClosesLabel = "Ends";

    public static string ShiftLegend(int n, bool empty) => empty ? $"On-call shift {n} (empty: add one)" : $"On-call shift {n}";

    public const string ClientContactHeading = "How to reach the client in a crisis";
    public const string ClientContactExplain = "Everyone a crisis alert of this client reaches sees these on the alert. They are stored encrypted.";
    public const string ClientPhone = "Client's phone";
    public const string EmergencyContactLegend = "Emergency contact (leave all three empty to remove)";
    public const string EmergencyContactName = "Name";
    public const string EmergencyContactPhone = "Phone";
    public const string EmergencyContactRelationship = "Relationship to the client";
    public const string NoContact = "Not on record";
    public const string SaveContact = "Save the contact details";
    public const string ContactSaved = "The contact details are saved.";
    public const string AcknowledgeLegend = "Minutes until an alert must be acknowledged";
    public const string FirstContactLegend = "Then, minutes from the acknowledgement until the client must have been reached";
    public const string ResolveLegend = "Minutes from the acknowledgement until the alert must be resolved";

    /// <summary>"acknowledge within 15 minutes, reach the client within 1 hour, resolve within 4 hours".</summary>
    public static string FollowOn(int acknowledge, int contact, int resolve) =>
        $"acknowledge within {PolicyDuration(acknowledge)}, then reach the client within {PolicyDuration(contact)} and resolve within {PolicyDuration(resolve)}";
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

    public const string ModulesLink = "Practice library";
    public const string ModulesHeading = "Practice library";
    public const string ModulesExplain = "The self-compassion practices a clinician can put on a plan. Open one to read it, its safeguards and where it comes from.";
    public const string BeforeYouBegin = "Looking after yourself in this practice";
    public const string WayBack = "A way back, at any moment:";
    public const string WithoutTouch = "Without touch:";
    public const string ReadAlso = "Worth reading first:";
    public const string ForClinicians = "For clinicians (not shown to clients)";
    public const string SourcesHeading = "Sources";
    public const string StepsHeading = "Steps";
    public const string ModuleNotFound = "This practice could not be found.";
    public const string DistressRose =
        "Your distress went up during this practice. That can happen when kindness reaches old pain, and it is not a sign you did anything wrong. " +
        "Your clinician can see this on your record. For now, take care of yourself in a small, practical way.";

    /// <summary>What a practice turns attention to, in words ("Works with touch, the body and memories.").</summary>
    public static string Uses(IEnumerable<ClinicalPortal.Domain.Practice.SensitiveFocus> uses) => Sentence("Works with", uses.Cast<Enum>());

    public static string Components(IEnumerable<ClinicalPortal.Domain.Practice.CompassionComponent> components) => Sentence("Trains", components.Cast<Enum>());

    public static string Tracks(IEnumerable<ClinicalPortal.Domain.Clients.CareTrack> tracks) => Sentence("For", tracks.Cast<Enum>());

    /// <summary>The words for people of the module format's names (never the names themselves).</summary>
    private static readonly Dictionary<Enum, string> Words = new()
    {
        [ClinicalPortal.Domain.Practice.SensitiveFocus.Touch] = "touch",
        [ClinicalPortal.Domain.Practice.SensitiveFocus.Body] = "the body",
        [ClinicalPortal.Domain.Practice.SensitiveFocus.Memories] = "memories",
        [ClinicalPortal.Domain.Practice.CompassionComponent.SelfKindness] = "self-kindness",
        [ClinicalPortal.Domain.Practice.CompassionComponent.CommonHumanity] = "common humanity",
        [ClinicalPortal.Domain.Practice.CompassionComponent.Mindfulness] = "mindfulness",
        [ClinicalPortal.Domain.Clients.CareTrack.General] = "anyone",
        [ClinicalPortal.Domain.Clients.CareTrack.ChronicIllness] = "people living with a chronic illness",
        [ClinicalPortal.Domain.Clients.CareTrack.Burnout] = "staff and carers under strain",
    };

    private static string Sentence(string lead, IEnumerable<Enum> values) => $"{lead} {List(values.Select(v => Words.GetValueOrDefault(v, "")))}.";

    private static string List(IEnumerable<string> words)
    {
        var all = words.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }
}
