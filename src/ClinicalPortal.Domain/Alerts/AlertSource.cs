namespace ClinicalPortal.Domain.Alerts;

/// <summary>What raised (or added to) an alert.</summary>
public enum AlertSource
{
    /// <summary>A risk rule of a questionnaire (PHQ-9 item 9, the C-SSRS screener).</summary>
    Assessment = 0,

    /// <summary>The client pressed "I need help now".</summary>
    ClientRequest = 1,

    /// <summary>A clinician raised it by hand.</summary>
    Clinician = 2,

    /// <summary>The client answered a check-in after a crisis (<see cref="CaringContact"/>) with "not OK".</summary>
    CheckIn = 3,
}
