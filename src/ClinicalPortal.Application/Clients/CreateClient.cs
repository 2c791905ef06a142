using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// A clinician (for their own caseload by default) or an administrator registers a client. The client gets a login
/// and an invitation to set a password; the record and the invitation commit together. An address that already
/// has a login elsewhere gets the same answer as a fresh one (ADR 0009). Fields arrive as strings so that bad
/// input is a 400 naming the field, not a serializer error.
/// </summary>
public sealed record CreateClient(
    string? GivenName,
    string? FamilyName,
    string? DateOfBirth,
    string? Email,
    string? Track,
    string? TimeZone,
    Guid? ClinicianId) : ICommand<Result<ClientResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.create";
    public static string AuditResourceType => "Client";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class CreateClientValidator : AbstractValidator<CreateClient>
{
    public CreateClientValidator(TimeProvider clock)
    {
        RuleFor(x => x.GivenName).PersonName();
        RuleFor(x => x.FamilyName).PersonName();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.DateOfBirth)
            .NotEmpty()
            .Must(Rules.IsIsoDate).WithMessage("'dateOfBirth' must be a date in the form YYYY-MM-DD.")
            .Must(v => Rules.ParseIsoDate(v!) <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("'dateOfBirth' cannot be in the future.")
            .Must(v => Rules.ParseIsoDate(v!).Year >= 1900).WithMessage("'dateOfBirth' is not plausible.");
        RuleFor(x => x.Track)
            .Must(Rules.IsEnumName<CareTrack>)
            .WithMessage("'track' must be one of ChronicIllness, Burnout, General.");
        RuleFor(x => x.TimeZone)
            .Must(Rules.IsTimeZone)
            .WithMessage("'timeZone' must be an IANA time zone such as America/New_York.");
    }
}

public sealed class CreateClientHandler(
    IPortalDbContext db, ICurrentUser user, Invitations invitations, StaffLocks staffLocks, AuditScope audit, TimeProvider clock)
    : ICommandHandler<CreateClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(CreateClient command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var clinicianId = command.ClinicianId is { } given ? new UserId(given)
            : user.Role == Role.Clinician ? user.UserId!.Value
            : (UserId?)null;
        if (clinicianId is null)
        {
            return Error.Validation("clinicianId", "'clinicianId' must not be empty.");
        }

        await staffLocks.LockAsync(clinicianId.Value, ct); // not while they are being deactivated
        var clinician = await db.Staff.FirstOrDefaultAsync(
            s => s.Id == clinicianId.Value && s.OrganizationId == org && s.Role == Role.Clinician && s.DeactivatedAt == null, ct);
        if (clinician is null)
        {
            return Error.Validation("clinicianId", "No active clinician with this id in your organisation.");
        }

        var created = Client.Create(
            org, UserId.New(), command.GivenName!, command.FamilyName!, Rules.ParseIsoDate(command.DateOfBirth!), command.Email!,
            Enum.Parse<CareTrack>(command.Track!), command.TimeZone!, clinician, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!.OnFields((Client.DateOfBirthInFuture, "dateOfBirth"), (Client.ClinicianInvalid, "clinicianId"));
        }

        var client = created.Value;
        var login = await invitations.ProvisionAndInviteAsync(
            client.UserId, new NewAccount(client.Email, $"{client.GivenName} {client.FamilyName}", Role.Client, org), ct);
        if (!login.IsSuccess)
        {
            return login.Error!;
        }

        db.Clients.Add(client);
        audit.Touch(client.Id);
        return ClientResponse.From(client);
    }
}
