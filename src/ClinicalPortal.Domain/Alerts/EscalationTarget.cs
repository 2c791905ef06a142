namespace ClinicalPortal.Domain.Alerts;

/// <summary>Who an escalation round notifies (the application resolves the people).</summary>
public enum EscalationTarget
{
    /// <summary>The client's clinician (the alert was raised, reopened, or its tier rose).</summary>
    Clinician = 0,

    /// <summary>The clinician's supervisor (the on-call contacts when there is none).</summary>
    Supervisor = 1,

    /// <summary>Every on-call contact of the organisation, and the supervisor.</summary>
    OnCall = 2,

    /// <summary>Everyone so far: clinician, supervisor and on-call, every repeat until someone acknowledges.</summary>
    Everyone = 3,
}
