namespace ClinicalPortal.Domain.Supervision;

/// <summary>Why a client is flagged for supervision. Codes in the API are <see cref="CaseloadFlags.Code"/>.</summary>
public enum CaseloadFlag
{
    /// <summary>A result of the last 60 days is reliably worse than where the client stood 60 days ago.</summary>
    Deterioration = 0,

    /// <summary>
    /// Eight weeks or more since a first result in the instrument's clinical range, two results or more, and no reliable
    /// improvement since it on any such instrument.
    /// </summary>
    NotImproving = 1,

    /// <summary>A CBI scale at 50 or above (moderate or higher) after a rise beyond its reliable-change figure, or after two rises in a row.</summary>
    BurnoutRising = 2,

    /// <summary>Under 30 % of the homework due in the last 14 days done.</summary>
    HomeworkOverdue = 3,

    /// <summary>A crisis alert not yet resolved.</summary>
    AlertOpen = 4,

    /// <summary>A crisis alert still unacknowledged after its deadline.</summary>
    AlertLate = 5,

    /// <summary>A crisis alert not yet resolved, and no safety plan on file for the client.</summary>
    AlertWithoutSafetyPlan = 6,

    /// <summary>A scheduled measure's last window closed with no result since it opened.</summary>
    MeasuresOverdue = 7,

    /// <summary>A PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above "not at all" in the last 14 days.</summary>
    Item9Positive = 8,
}
