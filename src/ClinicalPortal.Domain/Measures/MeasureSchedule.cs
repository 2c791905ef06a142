using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// A clinician's plan to measure a client with one instrument every <see cref="CadenceDays"/> days. Windows
/// follow the client's calendar: window k opens at local midnight of <see cref="StartDate"/> + k x cadence in
/// the client's time zone (so a daylight-saving change does not shift it by an hour) and closes when the next
/// opens, or at the end of <see cref="EndDate"/>. An administration is due while its window is open and unanswered.
/// </summary>
public sealed class MeasureSchedule
{
    private MeasureSchedule()
    {
        InstrumentCode = string.Empty;
    }

    public MeasureScheduleId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    public string InstrumentCode { get; private set; }

    public int CadenceDays { get; private set; }

    /// <summary>First day, in the client's calendar.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day (inclusive), or null for no end.</summary>
    public DateOnly? EndDate { get; private set; }

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public const int MaxCadenceDays = 365;

    public static Result<MeasureSchedule> Create(
        OrganizationId organizationId, ClientId clientId, InstrumentDefinition instrument, int cadenceDays,
        DateOnly startDate, DateOnly? endDate, UserId createdBy, DateTimeOffset now)
    {
        if (cadenceDays is < 1 or > MaxCadenceDays)
        {
            return Error.Validation("cadenceDays", $"'cadenceDays' must be between 1 and {MaxCadenceDays}.");
        }

        if (endDate is { } end && end < startDate)
        {
            return Error.Validation("end", "'end' must not be before 'start'.");
        }

        return new MeasureSchedule
        {
            Id = MeasureScheduleId.New(),
            OrganizationId = organizationId,
            ClientId = clientId,
            InstrumentCode = instrument.Code,
            CadenceDays = cadenceDays,
            StartDate = startDate,
            EndDate = endDate,
            CreatedBy = createdBy,
            CreatedAt = now.ToStoredPrecision(),
        };
    }

    /// <summary>The window open at <paramref name="now"/>, or null before the start and after the end.</summary>
    public AdministrationWindow? WindowAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (today < StartDate || (EndDate is { } end && today > end))
        {
            return null;
        }

        var index = (today.DayNumber - StartDate.DayNumber) / CadenceDays;
        return Window(index, zone);
    }

    /// <summary>Window <paramref name="index"/> (0-based); its close is capped by the end date.</summary>
    public AdministrationWindow Window(int index, TimeZoneInfo zone)
    {
        var opensOn = StartDate.AddDays(index * CadenceDays);
        var closesOn = opensOn.AddDays(CadenceDays);
        if (EndDate is { } end && closesOn > end.AddDays(1))
        {
            closesOn = end.AddDays(1);
        }

        return new AdministrationWindow(index, LocalMidnight(opensOn, zone), LocalMidnight(closesOn, zone));
    }

    /// <summary>The first instant of a calendar day in a zone (skipping a gap if midnight does not exist that day).</summary>
    public static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
