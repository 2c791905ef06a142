using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>
/// The phone number an Imminent alert texts the person at: an administrator sets anyone's in the organisation, a
/// clinician or supervisor only their own. Written as people write it, kept in E.164 form (<see cref="PhoneNumber"/>)
/// and encrypted at rest (ADR 0014); "" clears it. The audit event says whether it was set or cleared, never the number.
/// </summary>
public sealed record SetStaffPhone(Guid StaffId, string? Phone) : ICommand<Result<StaffResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "staff.set-phone";
    public static string AuditResourceType => "StaffMember";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
    public static IReadOnlyList<Role> OwnRecordOnlyRoles => Allowed.CareStaff;
    public Guid? OwnRecordOf => StaffId;
}

public sealed class SetStaffPhoneValidator : AbstractValidator<SetStaffPhone>
{
    public const string Message = "'phone' must be a phone number with its country code, e.g. +44 7700 900123 (7 to 15 digits), or \"\" to clear it.";

    public SetStaffPhoneValidator() =>
        RuleFor(x => x.Phone).NotNull().WithMessage(Message)
            .Must(p => p!.Length == 0 || PhoneNumber.TryParse(p, out _)).WithMessage(Message);
}

public sealed class SetStaffPhoneHandler(
    IPortalDbContext db, ICurrentUser user, StaffLocks staffLocks, IHealthTextProtector text, AuditScope audit)
    : ICommandHandler<SetStaffPhone, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(SetStaffPhone command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var id = new UserId(command.StaffId);
        audit.Touch(id.ToString());
        await staffLocks.LockAsync(id, ct); // not while the person is being deactivated
        var member = await db.Staff.FirstOrDefaultAsync(s => s.Id == id && s.OrganizationId == org, ct);
        if (member is null)
        {
            return GetStaffMemberHandler.NotFound;
        }

        var phone = command.Phone!.Length == 0 ? null : PhoneNumber.Parse(command.Phone).Value.Value;
        var set = member.SetPhone(phone is null ? string.Empty : text.Protect(phone));
        if (!set.IsSuccess)
        {
            return set.Error!;
        }

        audit.Describe(new { phone = phone is null ? "cleared" : "set" });
        return StaffResponse.From(member) with { Phone = phone };
    }
}
