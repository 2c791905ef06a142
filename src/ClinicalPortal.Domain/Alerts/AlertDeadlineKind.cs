namespace ClinicalPortal.Domain.Alerts;

public enum AlertDeadlineKind
{
    /// <summary>Nobody acknowledged in time: the next escalation round.</summary>
    Escalation = 0,

    /// <summary>The follow-up date of an "unable to reach" resolution: the alert opens again.</summary>
    FollowUp = 1,

    /// <summary>Acknowledged, but nobody recorded reaching the client in time: the next escalation round.</summary>
    FirstContact = 2,

    /// <summary>Acknowledged, but not resolved in time: the next escalation round.</summary>
    Resolution = 3,
}
