namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One calendar day of homework in the client's time zone: open from local midnight of <see cref="Date"/> until
/// local midnight of the next day. A daylight-saving change makes the day 23 or 25 hours long, not shifted by an
/// hour; where a change skips midnight itself (Chile, Cuba, Lebanon) the day opens at its first valid instant
/// (see <see cref="Measures.MeasureSchedule.LocalMidnight"/>).
/// </summary>
public sealed record HomeworkDay
{
    public HomeworkDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Date = date;
        Zone = zone;
    }

    public DateOnly Date { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first instant of <see cref="Date"/> in <see cref="Zone"/>.</summary>
    public DateTimeOffset OpensAt => Measures.MeasureSchedule.LocalMidnight(Date, Zone);

    /// <summary>The first instant of the next day: the day is over at this instant (exclusive end).</summary>
    public DateTimeOffset ClosesAt => Measures.MeasureSchedule.LocalMidnight(Date.AddDays(1), Zone);

    /// <summary>How long the day lasts: 24 hours, or 23 or 25 on a daylight-saving change.</summary>
    public TimeSpan Length => ClosesAt - OpensAt;

    /// <summary>Whether <paramref name="instant"/> falls in the day (from <see cref="OpensAt"/>, before <see cref="ClosesAt"/>).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= OpensAt && instant < ClosesAt;
}
