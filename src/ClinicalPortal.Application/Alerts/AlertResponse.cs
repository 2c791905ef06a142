using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// An alert as staff see it: whose, how urgent, where it stands, who must act by when (<see cref="NextDeadlineAt"/>),
/// the policy it started with, its <see cref="Version"/> (sent back with a decision); with its <see cref="Timeline"/>,
/// the <see cref="ContactAttempts"/> and, for an alert raised by answers, where the screen-then-assess sequence stands
/// (<see cref="Screening"/>), what followed its closing (<see cref="FollowUps"/>) and the text messages of its rounds
/// (<see cref="Texts"/>, Imminent alerts) when one alert is read (null in lists).
/// </summary>
public sealed record AlertResponse(
    Guid Id,
    Guid ClientId,
    string ClientName,
    Guid ClinicianId,
    string Tier,
    string Status,
    int Level,
    string EscalatedTo,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcknowledgedAt,
    Guid? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    Guid? ResolvedBy,
    string? Disposition,
    DateTimeOffset? FollowUpAt,
    DateTimeOffset? NextDeadlineAt,
    EscalationPolicyResponse Policy,
    IReadOnlyList<AlertEventResponse>? Timeline,
    string Guidance,
    int Version,
    DateTimeOffset? ContactedAt,
    IReadOnlyList<AlertContactResponse>? ContactAttempts,
    IReadOnlyList<AlertDueResponse>? Due,
    RiskAssessmentResponse? RiskAssessment,
    Guid? CosignRequestedBy,
    Guid? CosignedBy,
    DateTimeOffset? CosignedAt,
    ClinicalPortal.Application.Clients.ClientContactResponse? ClientContact = null,
    ScreeningFollowUpResponse? Screening = null,
    IReadOnlyList<CaringContactResponse>? FollowUps = null,
    IReadOnlyList<AlertTextResponse>? Texts = null)
{
    /// <summary>
    /// Duty to warn or protect differs by jurisdiction (in the United States it stems from Tarasoff v. Regents of the
    /// University of California, 1976, and each state sets its own rule): guidance, never an automated disclosure. The
    /// system tells nobody outside the organisation.
    /// </summary>
    public const string DutyToWarnGuidance =
        "Whether you must warn or protect a third party depends on the law where you practise and on your organisation's policy. " +
        "ClinicalPortal does not decide this and contacts nobody outside your organisation; record what you decided in a note.";

    public static AlertResponse From(
        Alert alert, string clientName, DateTimeOffset? nextDeadline, IReadOnlyList<AlertEventResponse>? timeline, IHealthTextProtector text,
        ScreeningFollowUpResponse? screening = null) => new(
        alert.Id.Value,
        alert.ClientId.Value,
        clientName,
        alert.ClinicianId.Value,
        alert.Tier.ToString(),
        alert.Status.ToString(),
        alert.Level,
        Alert.TargetOf(alert.Level).ToString(),
        alert.CreatedAt,
        alert.AcknowledgedAt,
        alert.AcknowledgedBy?.Value,
        alert.ResolvedAt,
        alert.ResolvedBy?.Value,
        alert.Disposition?.ToString(),
        alert.FollowUpAt,
        nextDeadline,
        EscalationPolicyResponse.From(alert.Policy),
        timeline,
        DutyToWarnGuidance,
        alert.Version,
        alert.ContactedAt,
        timeline?.Where(e => e.Channel is not null)
            .Select(e => new AlertContactResponse(e.At, e.Channel!, e.Kind == nameof(AlertEventKind.ContactMade), e.Actor)).ToList(),
        timeline is null ? null : alert.Deadlines.Where(d => d.IsPending).OrderBy(d => d.DueAt)
            .Select(d => new AlertDueResponse(d.Kind.ToString(), d.DueAt)).ToList(),
        alert.RiskAssessment is { } r
            ? new RiskAssessmentResponse(r.Level.ToString(), text.UnprotectOrNotice(r.RationaleProtected), r.SafetyPlanReviewed, r.SafetyPlanVersion, r.MeansCounselling, r.NextContactAt, r.SupervisorConsulted)
            : null,
        alert.CosignRequestedBy?.Value,
        alert.CosignedBy?.Value,
        alert.CosignedAt,
        null,
        screening);
}
