namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /clients/{id}/measure-schedules</c>; dates are YYYY-MM-DD in the client's calendar.</summary>
public sealed record ScheduleMeasureRequest(string? Instrument, int? CadenceDays, string? Start, string? End);
