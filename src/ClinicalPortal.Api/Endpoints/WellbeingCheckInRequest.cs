namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of a well-being check-in: the 19 CBI answers in item order (0, 25, 50, 75 or 100; null for one not answered).</summary>
public sealed record WellbeingCheckInRequest(IReadOnlyList<int?>? Answers);
