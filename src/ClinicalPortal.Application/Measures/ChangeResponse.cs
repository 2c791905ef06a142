namespace ClinicalPortal.Application.Measures;

/// <summary>Change since the client's first result of the instrument and since the previous one.</summary>
public sealed record ChangeResponse(ChangeSinceResponse SinceBaseline, ChangeSinceResponse SincePrevious);
