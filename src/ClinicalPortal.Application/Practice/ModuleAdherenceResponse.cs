namespace ClinicalPortal.Application.Practice;

public sealed record ModuleAdherenceResponse(Guid ModuleId, string Title, CompletionResponse Completion, DistressChangeResponse DistressChange);
