using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The caring-contact handler (system actor) records that the client is being told a check-in is waiting, and gets the
/// address to tell them at; null when there is nothing to send any more (answered already, or the client was
/// discharged). Audited, like everything a background worker does with a client's record.
/// </summary>
public sealed record MarkCheckInMessaged(Guid CaringContactId) : ICommand<Result<string?>>, IAudited, IAuthorized
{
    public static string AuditAction => "check_in.message";
    public static string AuditResourceType => "CaringContact";
    public static IReadOnlyList<Role> AllowedRoles => [];
    public static IReadOnlyList<string> AllowedSystemActors => [SystemActors.CaringContacts];
}

public sealed class MarkCheckInMessagedHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<MarkCheckInMessaged, Result<string?>>
{
    public async ValueTask<Result<string?>> Handle(MarkCheckInMessaged command, CancellationToken ct)
    {
        var id = new CaringContactId(command.CaringContactId);
        var org = user.OrganizationId!.Value;
        var checkIn = await db.CaringContacts.FirstOrDefaultAsync(c => c.Id == id && c.OrganizationId == org && c.Kind == CaringContactKind.CheckIn, ct);
        if (checkIn is null)
        {
            return Error.NotFound("Check-in");
        }

        audit.Touch(checkIn.Id.ToString(), checkIn.ClientId);
        var email = await db.Clients.AsNoTracking().Where(c => c.Id == checkIn.ClientId && c.Status == ClientStatus.Active)
            .Select(c => c.Email).FirstOrDefaultAsync(ct);
        var send = email is not null && checkIn.Answer is null;
        if (send)
        {
            checkIn.Messaged(clock.GetUtcNow());
        }

        audit.Describe(new { outcome = send ? "sent" : email is null ? "client_inactive" : "already_answered" });
        return send ? email : null;
    }
}
