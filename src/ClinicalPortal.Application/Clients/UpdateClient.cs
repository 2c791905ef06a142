using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// The client's clinician or an administrator corrects names, e-mail, track, time zone or the client's own country for
/// crisis lines, and how to reach them in a crisis: <c>phone</c> ("" clears it) and <c>emergencyContact</c> (name, phone,
/// relationship; all empty clears it), both encrypted at rest (omitted fields stay).
/// The audit event names the fields changed, never their values. A new e-mail moves the login to it (or, when it
/// has none yet, creates it and invites); an address with a login elsewhere is handled as at registration (ADR 0009).
/// </summary>
public sealed record UpdateClient(
    Guid ClientId, string? GivenName, string? FamilyName, string? Email, string? Track, string? TimeZone, string? Country = null,
    string? Phone = null, EmergencyContactInput? EmergencyContact = null)
    : ICommand<Result<ClientResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.update";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class UpdateClientValidator : AbstractValidator<UpdateClient>
{
    public UpdateClientValidator()
    {
        RuleFor(x => x).Must(x => (x.GivenName ?? x.FamilyName ?? x.Email ?? x.Track ?? x.TimeZone ?? x.Country ?? x.Phone) is not null || x.EmergencyContact is not null)
            .WithName("body").OverridePropertyName("body")
            .WithMessage("Send at least one of givenName, familyName, email, track, timeZone, country, phone, emergencyContact.");
        RuleFor(x => x.Phone).Must(p => p!.Length == 0 || ClientPhone.IsPhone(p)).When(x => x.Phone is not null).WithMessage(ClientPhone.Message("phone"));
        RuleFor(x => x.EmergencyContact!).SetValidator(new EmergencyContactInputValidator()).When(x => x.EmergencyContact is not null);
        RuleFor(x => x.Country).Must(c => c!.Length == 0 || Domain.Crisis.CrisisLines.IsSupported(c)).When(x => x.Country is not null)
            .WithMessage($"'country' must be one of {string.Join(", ", Domain.Crisis.CrisisLines.SupportedCountries.Order(StringComparer.Ordinal))}, or \"\" for the organisation's.");
        RuleFor(x => x.GivenName).PersonName().When(x => x.GivenName is not null);
        RuleFor(x => x.FamilyName).PersonName().When(x => x.FamilyName is not null);
        RuleFor(x => x.Email).ValidEmail().When(x => x.Email is not null);
        RuleFor(x => x.Track).Must(Rules.IsEnumName<CareTrack>).When(x => x.Track is not null)
            .WithMessage("'track' must be one of ChronicIllness, Burnout, General.");
        RuleFor(x => x.TimeZone).Must(Rules.IsTimeZone).When(x => x.TimeZone is not null)
            .WithMessage("'timeZone' must be an IANA time zone such as America/New_York.");
    }
}

public sealed class UpdateClientHandler(
    ClientAccess access, IUserAccounts accounts, Invitations invitations, IHealthTextProtector text, AuditScope audit)
    : ICommandHandler<UpdateClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(UpdateClient command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        var previousEmail = client.Email;
        var changed = client.Update(new ClientChange(
            command.GivenName, command.FamilyName, command.Email,
            command.Track is null ? null : Enum.Parse<CareTrack>(command.Track), command.TimeZone, command.Country));
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        var contact = client.SetContact(
            command.Phone is null ? null : command.Phone.Length == 0 ? string.Empty : text.Protect(command.Phone.Trim()),
            command.EmergencyContact?.Protect(text));
        var fields = changed.Value.Concat(contact.Value.Select(f => f.Replace("Protected", string.Empty, StringComparison.Ordinal))).ToList();
        var displayName = $"{client.GivenName} {client.FamilyName}";
        if (fields.Contains(nameof(Client.Email)))
        {
            var moved = await invitations.MoveAddressAsync(
                client.UserId, previousEmail, new NewAccount(client.Email, displayName, Role.Client, client.OrganizationId), ct);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }
        }

        if ((fields.Contains(nameof(Client.GivenName)) || fields.Contains(nameof(Client.FamilyName)))
            && await accounts.ExistsAsync(client.UserId, ct))
        {
            await accounts.RenameAsync(client.UserId, displayName, ct);
        }

        audit.Describe(new { fieldsChanged = fields.Select(f => char.ToLowerInvariant(f[0]) + f[1..]) });
        return ClientResponse.From(client) with { Contact = ClientContactResponse.Read(text, client.PhoneProtected, client.EmergencyContactProtected) };
    }
}
