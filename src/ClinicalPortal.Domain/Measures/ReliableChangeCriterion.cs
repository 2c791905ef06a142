namespace ClinicalPortal.Domain.Measures;

/// <summary>How a change between two scores on one scale is judged reliable.</summary>
public abstract record ReliableChangeCriterion(string Source)
{
    /// <summary>True when the absolute difference counts as reliable change.</summary>
    public abstract bool IsReliable(decimal difference);

    /// <summary>False when the figures behind the criterion (e.g. an SD or a reliability) could not be checked against their source.</summary>
    public virtual bool IsVerified => true;
}
