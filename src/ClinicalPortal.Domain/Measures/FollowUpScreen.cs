namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// A positive screen leads to a fuller assessment (the Joint Commission's NPSG 15.01.01: screen with a validated tool,
/// then assess further when positive). A PHQ-9 whose item 9 ("thoughts that you would be better off dead, or of hurting
/// yourself") is above 0 makes the C-SSRS screener due for the client at once. It is derived from the stored results,
/// not kept as a row: the screener is due while the client's latest such PHQ-9 came after their latest C-SSRS screener
/// (scheduled or not, answered by the client or by their clinician in session). So it is never listed twice, an answer
/// closes it, and a screener answered before the PHQ-9 does not answer it. It does not expire (docs/clinical/crisis-escalation.md).
/// </summary>
public static class FollowUpScreen
{
    /// <summary>The instrument whose answer asks for the screener.</summary>
    public const string TriggerInstrument = "PHQ-9";

    /// <summary>The item (1-based) of <see cref="TriggerInstrument"/> whose answer above 0 asks for the screener.</summary>
    public const int TriggerItem = 9;

    /// <summary>The screener that follows.</summary>
    public const string Screener = "C-SSRS-SCREEN";

    /// <summary>Whether these answers of this instrument ask for the follow-up screener.</summary>
    public static bool AsksForScreener(string instrumentCode, IReadOnlyList<int?> answers) =>
        string.Equals(instrumentCode, TriggerInstrument, StringComparison.OrdinalIgnoreCase)
        && answers.Count >= TriggerItem && answers[TriggerItem - 1] > 0;

    /// <summary>
    /// Due when a result that asks for the screener came after the latest screener (a screener at the same instant or
    /// later answers it; one before it does not).
    /// </summary>
    public static bool IsDue(DateTimeOffset? latestAsking, DateTimeOffset? latestScreener) =>
        latestAsking is { } asked && (latestScreener is not { } screened || screened < asked);
}
