using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Validation;
using FluentValidation;

namespace ClinicalPortal.Application.Clients;

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
