using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Authorization;

/// <summary>The role sets requests name in <see cref="IAuthorized.AllowedRoles"/>.</summary>
public static class Allowed
{
    public static readonly IReadOnlyList<Role> Everyone = [Role.Client, Role.Clinician, Role.Supervisor, Role.OrgAdmin];

    public static readonly IReadOnlyList<Role> Staff = [Role.Clinician, Role.Supervisor, Role.OrgAdmin];

    /// <summary>Those who keep a client's record: the client's clinician and the organisation's administrator.</summary>
    public static readonly IReadOnlyList<Role> RecordKeepers = [Role.Clinician, Role.OrgAdmin];

    public static readonly IReadOnlyList<Role> SupervisorsAndAdministrators = [Role.Supervisor, Role.OrgAdmin];

    public static readonly IReadOnlyList<Role> Administrators = [Role.OrgAdmin];

    public static readonly IReadOnlyList<Role> Clinicians = [Role.Clinician];

    /// <summary>The staff who work with clients (their own well-being check-ins).</summary>
    public static readonly IReadOnlyList<Role> CareStaff = [Role.Clinician, Role.Supervisor];

    public static readonly IReadOnlyList<Role> Clients = [Role.Client];

    /// <summary>Who answers questionnaires: the client itself, or its clinician in session.</summary>
    public static readonly IReadOnlyList<Role> Respondents = [Role.Client, Role.Clinician];
}
