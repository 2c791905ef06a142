namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>A line the organisation adds: name, what to do, and a tel:, sms: or https: contact.</summary>
public sealed record LocalCrisisLineRequest(string? Name, string? Instruction, string? Contact);
