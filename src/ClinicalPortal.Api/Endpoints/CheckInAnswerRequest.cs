namespace ClinicalPortal.Api.Endpoints;

/// <summary>The body of a check-in answer: "Ok" or "NotOk".</summary>
public sealed record CheckInAnswerRequest(string? Answer);
