using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Wellbeing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>Opt in to (or out of) showing one's individual check-ins to one's supervisor; takes effect at once.</summary>
public sealed record SetMyWellbeingSharing(bool? ShareWithSupervisor) : ICommand<Result<WellbeingSharingResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "wellbeing.sharing_set";
    public static string AuditResourceType => "WellbeingSharing";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.CareStaff;
}

public sealed class SetMyWellbeingSharingValidator : AbstractValidator<SetMyWellbeingSharing>
{
    public SetMyWellbeingSharingValidator()
    {
        RuleFor(x => x.ShareWithSupervisor).NotNull().WithMessage("'shareWithSupervisor' must be true or false.");
    }
}

public sealed class SetMyWellbeingSharingHandler(IPortalDbContext db, ICurrentUser user, ITransactionLocks locks, AuditScope audit, TimeProvider clock)
    : ICommandHandler<SetMyWellbeingSharing, Result<WellbeingSharingResponse>>
{
    public async ValueTask<Result<WellbeingSharingResponse>> Handle(SetMyWellbeingSharing command, CancellationToken ct)
    {
        var me = user.UserId!.Value;
        var now = clock.GetUtcNow();
        // One choice per person even when two requests race: the second waits for the first and updates its row.
        await locks.LockUntilCommitAsync($"wellbeing-sharing:{me}", ct);
        var sharing = await db.WellbeingSharings.FirstOrDefaultAsync(s => s.StaffId == me, ct);
        if (sharing is null)
        {
            sharing = WellbeingSharing.Create(me, user.OrganizationId!.Value, command.ShareWithSupervisor!.Value, now);
            db.WellbeingSharings.Add(sharing);
        }
        else
        {
            sharing.Set(command.ShareWithSupervisor!.Value, now);
        }

        await db.SaveChangesAsync(ct);
        audit.Touch(me.ToString());
        audit.Describe(new { shareWithSupervisor = sharing.SharesWithSupervisor });
        return new WellbeingSharingResponse(sharing.SharesWithSupervisor, sharing.ChangedAt);
    }
}
