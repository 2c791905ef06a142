using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Organizations;

/// <summary>A weekday span when the care team is there, in the organisation's time zone: opens before it closes.</summary>
public sealed record ServiceHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
