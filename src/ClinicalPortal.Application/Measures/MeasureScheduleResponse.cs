using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

/// <summary>A schedule as shown, with the window open now (null when none is, or once the schedule was ended).</summary>
public sealed record MeasureScheduleResponse(
    Guid Id, Guid ClientId, string Instrument, int CadenceDays, DateOnly Start, DateOnly? End, DateTimeOffset? EndedAt,
    AdministrationWindow? CurrentWindow)
{
    public static MeasureScheduleResponse From(MeasureSchedule s, TimeZoneInfo zone, DateTimeOffset now) =>
        new(s.Id.Value, s.ClientId.Value, s.InstrumentCode, s.CadenceDays, s.StartDate, s.EndDate, s.EndedAt, s.WindowAt(now, zone));
}
