using ClinicalPortal.Application.Practice;

namespace ClinicalPortal.Api.Endpoints;

public sealed record PracticePlanRequest(string? Goals, string? NoteToClient, List<PlanItemInput?>? Items);
