namespace ClinicalPortal.Domain.Common;

/// <summary>Every user has exactly one role within exactly one organisation.</summary>
public enum Role
{
    Client = 0,
    Clinician = 1,
    Supervisor = 2,
    OrgAdmin = 3,
}
