namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// What a client sees at once, in the same response that accepted answers carrying any risk flag, in every
/// tier. Contacts from each service's own instructions: 988 Suicide &amp; Crisis Lifeline (988lifeline.org:
/// call or text 988, 24/7); Crisis Text Line (crisistextline.org: text HOME to 741741); 911 for immediate danger.
/// </summary>
public static class CrisisResources
{
    public static readonly CrisisResource[] UnitedStates =
    [
        new("988 Suicide & Crisis Lifeline", "Call or text 988, any time, day or night.", "tel:988"),
        new("Crisis Text Line", "Text HOME to 741741.", "sms:741741?body=HOME"),
        new("Emergency", "If you are in immediate danger, call 911 or go to the nearest emergency department.", "tel:911"),
    ];

    public const string NotMonitored =
        "Your answers are not monitored in real time. Your clinician will see them, but not straight away. " +
        "If you need help now, use one of the contacts above.";
}
