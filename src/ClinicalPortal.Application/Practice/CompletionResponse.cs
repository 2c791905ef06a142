namespace ClinicalPortal.Application.Practice;

public sealed record CompletionResponse(int Done, int Skipped, int Missed, int Counted, decimal? Rate);
