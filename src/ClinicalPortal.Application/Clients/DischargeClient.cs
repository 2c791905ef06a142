using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// Care ends: the record stays readable by the care team, the client's access ends with it (sign-in refused, tokens
/// revoked), and nothing is due any more. The reason is kept with the record, not in the audit trail.
/// </summary>
public sealed record DischargeClient(Guid ClientId, string? Reason) : ICommand<Result<ClientResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.discharge";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;

    public const string AlertUnresolved = "client.alert_unresolved";
}

public sealed class DischargeClientValidator : AbstractValidator<DischargeClient>
{
    public DischargeClientValidator() => RuleFor(x => x.Reason).Reason();
}

public sealed class DischargeClientHandler(IPortalDbContext db, ClientAccess access, ITransactionLocks locks, IUserAccounts accounts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DischargeClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(DischargeClient command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        // A crisis alert is worked to its end first: discharging must not be a way to close one. Under the client's alert
        // lock (the one every trigger takes first), so a trigger committing at the same moment is seen or waits.
        await locks.LockUntilCommitAsync(AlertAccess.ClientLockKey(client.Id), ct);
        if (await db.Alerts.AnyAsync(a => a.ClientId == client.Id && a.Status != AlertStatus.Resolved, ct))
        {
            return Error.Conflict(DischargeClient.AlertUnresolved, "The client has an unresolved crisis alert; resolve it before discharging.");
        }

        var discharged = client.Discharge(command.Reason!, user.UserId!.Value, clock.GetUtcNow());
        if (!discharged.IsSuccess)
        {
            return discharged.Error!;
        }

        await accounts.DisableAsync(client.UserId, ct);
        return ClientResponse.From(client);
    }
}
