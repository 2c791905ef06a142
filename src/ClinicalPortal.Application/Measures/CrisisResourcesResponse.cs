using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

/// <summary>Who to contact now, and the statement that answers are not monitored in real time.</summary>
public sealed record CrisisResourcesResponse(IReadOnlyList<CrisisResource> Contacts, string Notice);
