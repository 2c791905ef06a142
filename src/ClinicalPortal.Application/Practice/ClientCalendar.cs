using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

/// <summary>A client's time zone and today in it: homework days are the client's days, not the server's.</summary>
public sealed record ClientCalendar(TimeZoneInfo Zone, DateOnly Today)
{
    public static ClientCalendar Of(string timeZone, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return new ClientCalendar(zone, HomeworkStatuses.LocalDate(now, zone));
    }
}
