namespace ClinicalPortal.Floor;

/// <summary>The floor's small 201 body (the API answers with the whole assessment and its change).</summary>
internal sealed record SubmitResponse(Guid Id, decimal? Total, string? Severity);
