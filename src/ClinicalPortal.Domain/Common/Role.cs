namespace ClinicalPortal.Domain.Common;

/// <summary>Every user has exactly one role within exactly one organisation.</summary>
public enum Role
{
    Client = 0,
    Clinician = 1,
    Supervisor = 2,
    OrgAdmin = 3,
}

public static class RoleNames
{
    public const string Client = nameof(Role.Client);
    public const string Clinician = nameof(Role.Clinician);
    public const string Supervisor = nameof(Role.Supervisor);
    public const string OrgAdmin = nameof(Role.OrgAdmin);
}
