namespace ClinicalPortal.Application.Practice;

public sealed record DistressChangeResponse(decimal? Mean, int Completions);
