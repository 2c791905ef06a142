namespace ClinicalPortal.Domain.Practice;

/// <summary>A client has at most one active plan; a new one supersedes it, and the old one stays readable.</summary>
public enum PracticePlanStatus
{
    Active = 0,
    Superseded = 1,
}
