using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Validation;
using FluentValidation;

namespace ClinicalPortal.Application.Clients;

/// <summary>How to reach a client in a crisis: their phone and an emergency contact (each may be missing).</summary>
public sealed record ClientContactResponse(string? Phone, EmergencyContactResponse? EmergencyContact)
{
    /// <summary>The contact from its encrypted columns; null when neither is on record.</summary>
    public static ClientContactResponse? Read(IHealthTextProtector text, string? phoneProtected, string? emergencyProtected) =>
        phoneProtected is null && emergencyProtected is null
            ? null
            : new ClientContactResponse(
                phoneProtected is null ? null : text.Unprotect(phoneProtected),
                emergencyProtected is null ? null : JsonSerializer.Deserialize<EmergencyContactResponse>(text.Unprotect(emergencyProtected), Json));

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
