namespace ClinicalPortal.Domain.Measures;

/// <summary>How a change between two scores on one scale is judged reliable.</summary>
public abstract record ReliableChangeCriterion(string Source)
{
    /// <summary>True when the absolute difference counts as reliable change.</summary>
    public abstract bool IsReliable(decimal difference);

    /// <summary>
    /// False when the figures behind the criterion (a points figure, an SD, a reliability) could not be checked against
    /// their source, or rest on internal consistency where reliable change needs test-retest reliability. Supervision
    /// flags and reports never call a change "reliable" on an unverified criterion; they state the change instead.
    /// </summary>
    public abstract bool IsVerified { get; }

    /// <summary>Why the criterion is not verified (what was and was not seen); null when it is.</summary>
    public string? UnverifiedBecause { get; init; }
}
