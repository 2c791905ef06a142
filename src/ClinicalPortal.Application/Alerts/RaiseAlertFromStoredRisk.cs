using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Mediator;
using Unit = ClinicalPortal.Domain.Common.Unit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Raises the alert of a risk answer stored before alerts were raised inline (its <c>risk.identified</c> outbox row;
/// system actor only), so that no stored risk answer is left unread. Idempotent: an assessment that already raised or
/// joined an alert changes nothing.
/// </summary>
public sealed record RaiseAlertFromStoredRisk(Guid AssessmentId) : ICommand<Result<Unit>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.raise_from_stored_risk";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => [];
    public static IReadOnlyList<string> AllowedSystemActors => [SystemActors.Escalation];
}

public sealed class RaiseAlertFromStoredRiskHandler(IPortalDbContext db, AlertWorkflow workflow, ICurrentUser user, AuditScope audit)
    : ICommandHandler<RaiseAlertFromStoredRisk, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RaiseAlertFromStoredRisk command, CancellationToken ct)
    {
        var id = new AssessmentId(command.AssessmentId);
        var org = user.OrganizationId!.Value;
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.OrganizationId == org, ct);
        if (assessment is null)
        {
            return Error.NotFound("Assessment");
        }

        audit.Touch(assessment.Id.ToString(), assessment.ClientId);
        if (!assessment.HasRisk || await db.AlertEvents.AnyAsync(e => e.ReferenceId == command.AssessmentId, ct))
        {
            audit.Describe(new { outcome = assessment.HasRisk ? "already_raised" : "no_risk" });
            return Unit.Value;
        }

        var trigger = new AlertTrigger(
            AlertSource.Assessment, assessment.RiskFlags.Max(f => f.Tier), assessment.Id.Value, assessment.RiskFlags.Select(f => f.Code).ToList(), null);
        var alert = await workflow.TriggerAsync(assessment.ClientId, trigger, Actor.Of(user.SystemActor!), ct);
        audit.Touch(alert.Id.ToString(), assessment.ClientId);
        return Unit.Value;
    }
}
