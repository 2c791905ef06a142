namespace ClinicalPortal.Domain.Alerts;

public enum AlertDeadlineKind
{
    /// <summary>Nobody acknowledged in time: the next escalation round.</summary>
    Escalation = 0,

    /// <summary>The follow-up date of an "unable to reach" resolution: the alert opens again.</summary>
    FollowUp = 1,
}
