namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// What is due on an alert and by when: <c>Escalation</c> (acknowledge), <c>FirstContact</c> (reach the client),
/// <c>Resolution</c>, or <c>FollowUp</c> (the next try after "unable to reach"). Missing one escalates (a follow-up reopens).
/// </summary>
public sealed record AlertDueResponse(string Kind, DateTimeOffset DueAt);
