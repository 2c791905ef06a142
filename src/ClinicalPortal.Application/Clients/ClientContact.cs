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

public sealed record EmergencyContactResponse(string Name, string Phone, string Relationship);

/// <summary>An emergency contact as a request sends it; all three empty clears it.</summary>
public sealed record EmergencyContactInput(string? Name, string? Phone, string? Relationship)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Relationship);

    /// <summary>The encrypted JSON for the record, or "" to clear it.</summary>
    public string Protect(IHealthTextProtector text) => IsEmpty
        ? string.Empty
        : text.Protect(JsonSerializer.Serialize(new EmergencyContactResponse(Name!.Trim(), Phone!.Trim(), Relationship!.Trim()), ClientContactResponse.Json));
}

public sealed class EmergencyContactInputValidator : AbstractValidator<EmergencyContactInput>
{
    public EmergencyContactInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().PersonName().When(x => !x.IsEmpty);
        RuleFor(x => x.Phone).NotEmpty().Must(ClientPhone.IsPhone).When(x => !x.IsEmpty).WithMessage(ClientPhone.Message("phone"));
        RuleFor(x => x.Relationship).NotEmpty().FreeText(60).When(x => !x.IsEmpty);
    }
}

/// <summary>A phone number as people write it: an optional +, digits, spaces, dots, dashes and brackets, 6 to 15 digits (E.164's most).</summary>
public static class ClientPhone
{
    public static bool IsPhone(string? value) =>
        value is { Length: <= 32 } v && v.Trim().Length > 0
        && System.Text.RegularExpressions.Regex.IsMatch(v.Trim(), @"^\+?[0-9 ().-]+$")
        && v.Count(char.IsAsciiDigit) is >= 6 and <= 15;

    public static string Message(string field) => $"'{field}' must be a phone number, e.g. +44 20 7946 0958 (6 to 15 digits).";
}
