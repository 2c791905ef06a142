using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Organizations;

/// <summary>
/// Who is on call when: a weekday and a span in the organisation's time zone. One that ends before it starts runs past
/// midnight; one that ends when it starts runs 24 hours (a weekend day, 09:00 to 09:00).
/// </summary>
public sealed record OnCallShift(Guid UserId, DayOfWeek Day, TimeOnly Starts, TimeOnly Ends);
