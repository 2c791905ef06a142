using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// A fresh invitation to the client's current address; every earlier link stops working. An address with a login
/// elsewhere gets the address-in-use notice instead, and the caller the same answer (ADR 0009).
/// </summary>
public sealed record ResendInvitation(Guid ClientId) : ICommand<Result<InvitationResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.invite";
    public static string AuditResourceType => "Client";
    public static int SuccessStatus => 202;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class ResendInvitationHandler(ClientAccess access, Invitations invitations, TimeProvider clock)
    : ICommandHandler<ResendInvitation, Result<InvitationResponse>>
{
    public async ValueTask<Result<InvitationResponse>> Handle(ResendInvitation command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        if (client.CheckActive() is { } discharged)
        {
            return discharged;
        }

        var sent = await invitations.ProvisionAndInviteAsync(
            client.UserId, new NewAccount(client.Email, $"{client.GivenName} {client.FamilyName}", Role.Client, client.OrganizationId), ct);
        return sent.IsSuccess ? new InvitationResponse(client.Id.Value, clock.GetUtcNow()) : sent.Error!;
    }
}
