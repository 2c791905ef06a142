using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>Who keeps well-being check-ins: the staff who work with clients.</summary>
public static class WellbeingRoles
{
    public static readonly IReadOnlyList<Role> CheckIn = [Role.Clinician, Role.Supervisor];
}
