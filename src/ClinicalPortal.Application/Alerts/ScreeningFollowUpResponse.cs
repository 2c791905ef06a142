using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Where the screen-then-assess sequence stands for an alert raised by answers (NPSG 15.01.01; <see cref="FollowUpScreen"/>).
/// For a PHQ-9 item 9 trigger: the follow-up C-SSRS screener is <c>Due</c> (the client has not answered it since that
/// PHQ-9), <c>Answered</c> (<see cref="ScreenerAssessmentId"/>: the first screener after it), or <c>CareEnded</c> (the
/// client was discharged before answering: nothing is due). For an alert raised by a C-SSRS screener itself, the
/// screener is that result (<c>Answered</c>). A positive screener (its own risk flags) asks the clinician for a fuller
/// clinical assessment (<see cref="FullerAssessmentNeeded"/>); the screener is not put in the client's list again.
/// </summary>
public sealed record ScreeningFollowUpResponse(
    string Status,
    Guid? TriggerAssessmentId,
    DateTimeOffset? TriggeredAt,
    Guid? ScreenerAssessmentId,
    DateTimeOffset? ScreenerAnsweredAt,
    string? ScreenerTier,
    bool FullerAssessmentNeeded,
    string Guidance)
{
    public const string Due = "Due";
    public const string Answered = "Answered";
    public const string CareEnded = "CareEnded";

    public const string DueGuidance =
        "The PHQ-9 answer to item 9 (thoughts of death or self-harm) put the C-SSRS screener first in the client's questionnaires. " +
        "It is not answered yet and stays due until the client, or you in session, answer it.";

    public const string NegativeGuidance =
        "The client answered the C-SSRS screener after the PHQ-9 with no risk answer. Use your clinical judgement about the PHQ-9 " +
        "answer and record what you decided in a note.";

    public const string FullerAssessmentGuidance =
        "The C-SSRS screener is positive: do a fuller clinical suicide risk assessment (the risk level and why, the safety plan, " +
        "lethal means, the next contact; for example the full C-SSRS or your service's risk formulation) and record it in a note. " +
        "The screener is not asked again.";

    public const string CareEndedGuidance =
        "The client's care ended before they answered the C-SSRS screener: nothing is due for them.";

    /// <summary>
    /// The state for an alert from its trigger entries (saved or not), or null when no trigger came from answers that
    /// screen for suicide risk (a help request, a clinician's alert, another instrument).
    /// </summary>
    public static async Task<ScreeningFollowUpResponse?> ForAsync(
        IPortalDbContext db, Alert alert, IReadOnlyList<AlertEvent> timeline, CancellationToken ct)
    {
        var referenced = timeline
            .Where(e => e.Kind is AlertEventKind.Raised or AlertEventKind.TriggerAdded && e.Source == AlertSource.Assessment)
            .Select(e => e.ReferenceId).OfType<Guid>().Select(id => new AssessmentId(id)).Distinct().ToList();
        if (referenced.Count == 0)
        {
            return null;
        }

        var triggers = await db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == alert.ClientId && referenced.Contains(a.Id)
                && (a.InstrumentCode == FollowUpScreen.TriggerInstrument || a.InstrumentCode == FollowUpScreen.Screener))
            .ToListAsync(ct);
        var screenedOnAlert = triggers.Where(a => a.InstrumentCode == FollowUpScreen.Screener)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id.Value).ToList();
        var asking = triggers.Where(a => FollowUpScreen.AsksForScreener(a.InstrumentCode, a.Answers))
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id.Value).LastOrDefault();
        if (asking is null)
        {
            return screenedOnAlert.LastOrDefault() is { } own
                ? Of(Answered, null, own, fuller: true)
                : null;
        }

        // The first screener at or after the PHQ-9 answers it (FollowUpScreen.IsDue), whichever alert it went to.
        var screener = await db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == alert.ClientId && a.InstrumentCode == FollowUpScreen.Screener && a.SubmittedAt >= asking.SubmittedAt)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .FirstOrDefaultAsync(ct);
        if (screener is not null)
        {
            // A later screen on this alert is where the client stands now (a first "wish to be dead" may be followed by a plan).
            var latest = screenedOnAlert.LastOrDefault() is { } own && own.SubmittedAt > screener.SubmittedAt ? own : screener;
            return Of(Answered, asking, latest, fuller: screener.HasRisk || screenedOnAlert.Count > 0);
        }

        var active = await db.Clients.AsNoTracking().AnyAsync(c => c.Id == alert.ClientId && c.Status == ClientStatus.Active, ct);
        return Of(active ? Due : CareEnded, asking, null, fuller: screenedOnAlert.Count > 0);
    }

    private static ScreeningFollowUpResponse Of(string status, Assessment? asking, Assessment? screener, bool fuller) => new(
        status,
        asking?.Id.Value,
        asking?.SubmittedAt,
        screener?.Id.Value,
        screener?.SubmittedAt,
        screener is { HasRisk: true } ? screener.RiskFlags.Max(f => f.Tier).ToString() : null,
        fuller,
        status switch
        {
            Due => fuller ? DueGuidance + " " + FullerAssessmentGuidance : DueGuidance,
            CareEnded => fuller ? CareEndedGuidance + " " + FullerAssessmentGuidance : CareEndedGuidance,
            _ => fuller ? FullerAssessmentGuidance : NegativeGuidance,
        });
}
