using ClinicalPortal.Application.Practice;

namespace ClinicalPortal.Api.Endpoints;

public sealed record HomeworkCompletionRequest(List<StepResponseInput?>? Responses, int? DistressBefore, int? DistressAfter, string? Reflection);
