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

    /// <summary>Longest schedule, start to end (ten years): also keeps every window's date arithmetic far from DateOnly's limits.</summary>
    public const int MaxSpanDays = 3653;

    /// <summary>Earliest and latest start accepted (a plausible range for a clinical schedule).</summary>
    public static readonly DateOnly EarliestStart = new(2000, 1, 1);
    public static readonly DateOnly LatestStart = new(2100, 12, 31);

    public const string CadenceOutOfRange = "schedule.cadence_out_of_range";
    public const string EndBeforeStart = "schedule.end_before_start";
    public const string StartOutOfRange = "schedule.start_out_of_range";
    public const string TooLong = "schedule.too_long";
    public const string AlreadyEnded = "schedule.already_ended";

    /// <summary>When the clinician ended the schedule early; from then on nothing is due. Kept for history.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public UserId? EndedBy { get; private set; }

    public bool IsEnded => EndedAt is not null;

    public static Result<MeasureSchedule> Create(
        OrganizationId organizationId, ClientId clientId, InstrumentDefinition instrument, int cadenceDays,
        DateOnly startDate, DateOnly? endDate, UserId createdBy, DateTimeOffset now)
    {
        if (cadenceDays is < 1 or > MaxCadenceDays)
        {
            return Error.Rule(CadenceOutOfRange, $"The cadence must be between 1 and {MaxCadenceDays} days.");
        }

        if (startDate < EarliestStart || startDate > LatestStart)
        {
            return Error.Rule(StartOutOfRange, $"The start must be between {EarliestStart:yyyy-MM-dd} and {LatestStart:yyyy-MM-dd}.");
        }

        if (endDate is { } end && end < startDate)
        {
            return Error.Rule(EndBeforeStart, "The end must not be before the start.");
        }

        if (endDate is { } last && last.DayNumber - startDate.DayNumber > MaxSpanDays)
        {
            return Error.Rule(TooLong, $"A schedule runs at most {MaxSpanDays} days (ten years); schedule again after that.");
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

    /// <summary>Whether the schedule may still make something due on <paramref name="today"/> (not ended, end date not passed).</summary>
    public bool IsActiveOn(DateOnly today) => !IsEnded && (EndDate is not { } end || today <= end);

    /// <summary>Ends the schedule now: it stays on record, and nothing of it is due any more.</summary>
    public Result<Unit> End(UserId by, DateTimeOffset now)
    {
        if (IsEnded)
        {
            return Error.Conflict(AlreadyEnded, "This schedule has already been ended.");
        }

        EndedAt = now.ToStoredPrecision();
        EndedBy = by;
        return Unit.Value;
    }

    /// <summary>The window open at <paramref name="now"/>, or null before the start, after the end and once ended.</summary>
    public AdministrationWindow? WindowAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (IsEnded || today < StartDate || (EndDate is { } end && today > end) || today.DayNumber - StartDate.DayNumber > MaxSpanDays)
        {
            return null;
        }

        var index = (today.DayNumber - StartDate.DayNumber) / CadenceDays;
        return Window(index, zone);
    }

    /// <summary>
    /// The window before the one open at <paramref name="now"/>: the latest that has closed while the schedule runs.
    /// Null in the first window, before the start, after the end and once ended (nothing is overdue on a finished plan).
    /// </summary>
    public AdministrationWindow? LastClosedWindow(DateTimeOffset now, TimeZoneInfo zone) =>
        WindowAt(now, zone) is { Index: > 0 } open ? Window(open.Index - 1, zone) : null;

    /// <summary>
    /// The windows that opened at or after <paramref name="startsAt"/> and closed by <paramref name="closedBy"/> (the
    /// earlier of a report period's end and now), while the schedule ran: none after its end date or after it was ended.
    /// Oldest first; what a report counts as measurement due in a period.
    /// </summary>
    public IEnumerable<AdministrationWindow> ClosedWindows(DateTimeOffset startsAt, DateTimeOffset closedBy, TimeZoneInfo zone)
    {
        var until = EndedAt is { } ended && ended < closedBy ? ended : closedBy;
        for (var index = 0; (long)index * CadenceDays <= MaxSpanDays; index++)
        {
            var opensOn = StartDate.AddDays(index * CadenceDays);
            if (EndDate is { } end && opensOn > end)
            {
                yield break;
            }

            var window = Window(index, zone);
            if (window.ClosesAt > until)
            {
                yield break;
            }

            if (window.OpensAt >= startsAt)
            {
                yield return window;
            }
        }
    }

    /// <summary>Window <paramref name="index"/> (0-based); its close is capped by the end date.</summary>
    public AdministrationWindow Window(int index, TimeZoneInfo zone)
    {
        var opensOn = StartDate.AddDays(index * CadenceDays);
        // Compared as day numbers: an end date stored before the span limit existed (9999-12-31) cannot overflow here.
        var closesOn = EndDate is { } end && end.DayNumber - opensOn.DayNumber < CadenceDays
            ? end.AddDays(1)
            : opensOn.AddDays(CadenceDays);
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
