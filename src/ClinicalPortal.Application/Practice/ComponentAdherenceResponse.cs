namespace ClinicalPortal.Application.Practice;

public sealed record ComponentAdherenceResponse(string Component, DistressChangeResponse DistressChange);
