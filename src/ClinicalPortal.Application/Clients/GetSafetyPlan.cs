using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>A client's safety plan for the care team: the latest version, or <c>version=N</c>.</summary>
public sealed record GetSafetyPlan(Guid ClientId, string? Version = null) : IQuery<Result<SafetyPlanResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "safety_plan.read";
    public static string AuditResourceType => "SafetyPlan";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetSafetyPlanValidator : AbstractValidator<GetSafetyPlan>
{
    public GetSafetyPlanValidator() =>
        RuleFor(x => x.Version).Must(v => Rules.IsInt(v, 1, int.MaxValue)).When(x => x.Version is not null)
            .WithMessage("'version' must be a whole number, 1 or more.");
}

public sealed class GetSafetyPlanHandler(IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit)
    : IQueryHandler<GetSafetyPlan, Result<SafetyPlanResponse>>
{
    public async ValueTask<Result<SafetyPlanResponse>> Handle(GetSafetyPlan query, CancellationToken ct)
    {
        var reached = await access.CheckAsync(query.ClientId, ct);
        if (!reached.IsSuccess)
        {
            return reached.Error!;
        }

        var plans = db.SafetyPlans.AsNoTracking().Where(p => p.ClientId == reached.Value);
        var plan = query.Version is null
            ? await SafetyPlans.LatestAsync(db, reached.Value, ct)
            : await plans.FirstOrDefaultAsync(p => p.Version == Rules.ParseInt(query.Version, 1), ct);
        if (plan is null)
        {
            return Error.NotFound("Safety plan");
        }

        audit.Touch(plan.Id.ToString(), reached.Value);
        return SafetyPlanResponse.From(plan, text);
    }
}
