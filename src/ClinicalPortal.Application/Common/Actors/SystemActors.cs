namespace ClinicalPortal.Application.Common.Actors;

/// <summary>The parts of the system that send audited requests of their own, by the name the audit trail records.</summary>
public static class SystemActors
{
    /// <summary>The escalation worker: fires due alert deadlines, raises alerts from stored risk answers.</summary>
    public const string Escalation = "system:escalation";
}
