using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Wellbeing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// A clinician or supervisor records their own Copenhagen Burnout Inventory (19 answers, 0 to 100 in steps of 25); a
/// high check-in (a scale at 75 or more) comes back with the organisation's support text.
/// </summary>
public sealed record SubmitWellbeingCheckIn(IReadOnlyList<int?>? Answers) : ICommand<Result<WellbeingCheckInResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "wellbeing.checkin";
    public static string AuditResourceType => "WellbeingCheckIn";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.CareStaff;
}

public sealed class SubmitWellbeingCheckInValidator : AbstractValidator<SubmitWellbeingCheckIn>
{
    public SubmitWellbeingCheckInValidator()
    {
        RuleFor(x => x.Answers).NotNull().WithMessage("'answers' must be the 19 CBI answers in item order.")
            .Must(a => a!.Count <= 100).WithMessage("'answers' has more values than the CBI has items.");
    }
}

public sealed class SubmitWellbeingCheckInHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<SubmitWellbeingCheckIn, Result<WellbeingCheckInResponse>>
{
    public async ValueTask<Result<WellbeingCheckInResponse>> Handle(SubmitWellbeingCheckIn command, CancellationToken ct)
    {
        var recorded = WellbeingCheckIn.Record(user.OrganizationId!.Value, user.UserId!.Value, user.Role!.Value, command.Answers!, clock.GetUtcNow());
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        var checkIn = recorded.Value;
        db.WellbeingCheckIns.Add(checkIn);
        await db.SaveChangesAsync(ct);
        audit.Touch(checkIn.Id.ToString());
        var support = await db.Organizations.AsNoTracking().Where(o => o.Id == checkIn.OrganizationId).Select(o => o.WellbeingSupport).FirstOrDefaultAsync(ct);
        return WellbeingCheckInResponse.Own(checkIn, support);
    }
}
