namespace ClinicalPortal.Domain.Measures;

/// <summary>Change of the total (null when either administration has no total) and of each subscale scored both times.</summary>
public sealed record ChangeResult(ScaleChange? Total, IReadOnlyDictionary<string, ScaleChange> Subscales);
