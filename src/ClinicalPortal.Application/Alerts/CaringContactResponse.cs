using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// One caring contact that followed a closed alert (<see cref="CaringContact"/>): a check-in to the client or the
/// safety-plan review, when it is due and where it stands (Planned, Due, AnsweredOk, AnsweredNotOk, Done).
/// </summary>
public sealed record CaringContactResponse(
    Guid Id,
    string Kind,
    DateTimeOffset DueAt,
    string State,
    DateTimeOffset? MessagedAt,
    DateTimeOffset? AnsweredAt,
    Guid? RaisedAlertId,
    DateTimeOffset? DoneAt,
    int? SafetyPlanVersion)
{
    public static CaringContactResponse From(CaringContact c, DateTimeOffset now) => new(
        c.Id.Value, c.Kind.ToString(), c.DueAt, c.StateAt(now).ToString(), c.MessagedAt, c.AnsweredAt, c.RaisedAlertId?.Value, c.DoneAt,
        c.SafetyPlanVersion);
}
