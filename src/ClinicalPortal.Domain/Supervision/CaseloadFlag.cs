namespace ClinicalPortal.Domain.Supervision;

/// <summary>Why a client is flagged for supervision. Codes in the API are <see cref="CaseloadFlags.Code"/>.</summary>
public enum CaseloadFlag
{
    /// <summary>A result of the last 60 days is reliably worse than where the client stood 60 days ago.</summary>
    Deterioration = 0,

    /// <summary>Eight weeks or more since the first result and no reliable improvement since it on any instrument.</summary>
    NotImproving = 1,

    /// <summary>A CBI scale at or above 50 and higher than at the previous CBI.</summary>
    BurnoutRising = 2,

    /// <summary>Under 30 % of the homework due in the last 14 days done.</summary>
    HomeworkOverdue = 3,

    /// <summary>A crisis alert not yet resolved.</summary>
    AlertOpen = 4,

    /// <summary>A crisis alert still unacknowledged after its deadline.</summary>
    AlertLate = 5,
}
