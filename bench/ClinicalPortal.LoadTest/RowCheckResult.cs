namespace ClinicalPortal.LoadTest;

/// <summary>The verdict of <see cref="RowCheck"/>: whether the floor's rows look like the API's, and what was compared.</summary>
internal sealed record RowCheckResult(bool Same, IReadOnlyList<string> Lines);
