using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// An alert as staff see it: whose, how urgent, where it stands, who must act by when (<see cref="NextDeadlineAt"/>),
/// the policy it started with; with its <see cref="Timeline"/> when one alert is read (null in lists).
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
    string Guidance)
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
        Alert alert, string clientName, DateTimeOffset? nextDeadline, IReadOnlyList<AlertEventResponse>? timeline) => new(
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
        DutyToWarnGuidance);
}
