namespace ClinicalPortal.Domain.Alerts;

/// <summary>Where a caring contact stands at a given time.</summary>
public enum CaringContactState
{
    /// <summary>Not due yet.</summary>
    Planned = 0,

    /// <summary>Due: a check-in waits for the client's answer, a review for the clinician.</summary>
    Due = 1,

    /// <summary>The client answered that they are OK.</summary>
    AnsweredOk = 2,

    /// <summary>The client answered that they are not OK: a new alert was raised.</summary>
    AnsweredNotOk = 3,

    /// <summary>The safety plan was reviewed (a new version saved).</summary>
    Done = 4,
}
