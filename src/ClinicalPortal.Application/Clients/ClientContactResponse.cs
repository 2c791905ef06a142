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
                phoneProtected is null ? null : text.UnprotectOrNotice(phoneProtected),
                emergencyProtected is null ? null : Emergency(text.UnprotectOrNotice(emergencyProtected)));

    /// <summary>The stored contact, or the notice in its place when it cannot be read (shown where the name goes).</summary>
    private static EmergencyContactResponse Emergency(string json) =>
        json == HealthTextReading.Unreadable ? new(json, string.Empty, string.Empty) : JsonSerializer.Deserialize<EmergencyContactResponse>(json, Json)!;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
