using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Closes the alert with a disposition and a note (Joint Commission NPSG 15.01.01: document the risk, the plan and the
/// follow-up). <c>UnableToReach</c> needs the <c>channel</c> tried and <c>followUpAt</c>, no later than the tier allows
/// (Imminent 4 hours, High 24, Elevated 7 days): the alert stays acknowledged and opens again then unless it was
/// resolved meanwhile. An open alert is acknowledged by the same person first. <c>expectedVersion</c> is required: the
/// version the caller decided on; an alert that changed since (a new trigger, a raised tier, a reopening) is a 409
/// <c>alert.changed</c> with the current alert, and nothing changes. Closing a High or Imminent alert needs
/// <c>riskAssessment</c> (the alert records which safety-plan version was on file); a false positive of one of them
/// waits for a second person's co-signature (<see cref="CosignAlert"/>). The audit event records the disposition and
/// the assessment's facts, never its words.
/// </summary>
public sealed record ResolveAlert(
    Guid AlertId, string? Disposition, string? Note, string? FollowUpAt, int? ExpectedVersion = null, string? Channel = null,
    RiskAssessmentInput? RiskAssessment = null)
    : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    /// <summary>The longest follow-up of any tier (Elevated); each tier's own bound is the domain's.</summary>
    public const int MaxFollowUpDays = 7;

    public static string AuditAction => "alert.resolve";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ResolveAlertValidator : AbstractValidator<ResolveAlert>
{
    public ResolveAlertValidator(TimeProvider clock)
    {
        RuleFor(x => x.RiskAssessment!).SetValidator(new RiskAssessmentInputValidator(clock)).When(x => x.RiskAssessment is not null);
        RuleFor(x => x.RiskAssessment).Null().When(x => x.Disposition == nameof(Disposition.UnableToReach))
            .WithMessage("'riskAssessment' goes with the resolution that closes the alert, not with 'unable to reach'.");
        RuleFor(x => x.ExpectedVersion).NotNull()
            .WithMessage("'expectedVersion' is required: the version of the alert you decided on (its 'version').");
        RuleFor(x => x.Disposition).NotEmpty().EnumName<ResolveAlert, Disposition>();
        RuleFor(x => x.Channel).NotEmpty().When(x => x.Disposition == nameof(Disposition.UnableToReach))
            .WithMessage("'channel' is required when the client could not be reached: how you tried.");
        RuleFor(x => x.Channel).EnumName<ResolveAlert, ContactChannel>().When(x => x.Channel is not null);
        RuleFor(x => x.Note).NotEmpty().FreeText(AddAlertNote.MaxLength);
        RuleFor(x => x.FollowUpAt).NotEmpty().When(x => x.Disposition == nameof(Disposition.UnableToReach))
            .WithMessage("'followUpAt' is required when the client could not be reached: when to try again.");
        RuleFor(x => x.FollowUpAt).Must(Rules.IsInstant).When(x => x.FollowUpAt is not null)
            .WithMessage("'followUpAt' must be an ISO 8601 instant with an offset, e.g. 2026-12-02T09:00:00Z.")
            .Must(v => Rules.ParseInstant(v) is { } at && at > clock.GetUtcNow() && at <= clock.GetUtcNow().AddDays(ResolveAlert.MaxFollowUpDays))
            .When(x => x.FollowUpAt is not null)
            .WithMessage($"'followUpAt' must be in the future, at most {ResolveAlert.MaxFollowUpDays} days ahead.");
        RuleFor(x => x.FollowUpAt).Null().When(x => x.Disposition is not null && x.Disposition != nameof(Disposition.UnableToReach))
            .WithMessage("'followUpAt' applies to UnableToReach only.");
        RuleFor(x => x.Channel).Null().When(x => x.Disposition is not null && x.Disposition != nameof(Disposition.UnableToReach))
            .WithMessage("'channel' applies to UnableToReach only; record a contact for the others.");
    }
}

public sealed class ResolveAlertHandler(
    IPortalDbContext db, AlertAccess alerts, AlertReader reader, IHealthTextProtector text, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<ResolveAlert, Result<AlertResponse>>
{
    /// <summary>A plan that is not on file cannot have been reviewed: the clinician writes it with the client, or says it was not reviewed.</summary>
    public const string NoPlanToReview =
        "No safety plan is on file for this client, so none can have been reviewed: write it with them first (the client's safety plan page), or answer that it was not reviewed.";

    public async ValueTask<Result<AlertResponse>> Handle(ResolveAlert command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var disposition = Enum.Parse<Disposition>(command.Disposition!);
        RiskAssessment? assessment = null;
        if (command.RiskAssessment is { } input)
        {
            // Which version of the safety plan was on file when it was (or was not) reviewed.
            var onFile = await db.SafetyPlans.AsNoTracking().Where(p => p.ClientId == alert.ClientId).MaxAsync(p => (int?)p.Version, ct);
            if (onFile is null && input.SafetyPlanReviewed == true)
            {
                return Error.Validation("riskAssessment.safetyPlanReviewed", NoPlanToReview);
            }

            assessment = input.ToAssessment(onFile, text);
        }

        var resolved = alert.Resolve(
            disposition, text.Protect(command.Note!.Trim()), Rules.ParseInstant(command.FollowUpAt), user.UserId!.Value, clock.GetUtcNow(), command.ExpectedVersion,
            command.Channel is null ? null : Enum.Parse<ContactChannel>(command.Channel), assessment);
        if (resolved.IsSuccess)
        {
            var followUps = CaringContacts.Plan(db, alert, clock.GetUtcNow());
            audit.Describe(new
            {
                disposition = disposition.ToString(),
                status = alert.Status.ToString(),
                tier = alert.Tier.ToString(),
                version = alert.Version,
                riskAssessment = assessment is null ? null : new
                {
                    level = assessment.Level.ToString(), assessment.SafetyPlanReviewed, assessment.SafetyPlanVersion, assessment.MeansCounselling,
                    assessment.NextContactAt, assessment.SupervisorConsulted,
                },
                followUps = followUps.Select(c => new { kind = c.Kind.ToString(), c.DueAt }),
            });
        }

        return resolved.IsSuccess
            ? await reader.ReadAsync(alert, ct)
            : resolved.Error!.Code == Alert.Changed
                ? await reader.RefusalAsync(alert, resolved.Error, ct)
                : resolved.Error.OnFields(
                    (Alert.NoteRequired, "note"), (Alert.FollowUpRequired, "followUpAt"), (Alert.FollowUpInPast, "followUpAt"),
                    (Alert.FollowUpTooLate, "followUpAt"), (Alert.ChannelRequired, "channel"), (Alert.AssessmentRequired, "riskAssessment"),
                    (Alert.NextContactInPast, "riskAssessment.nextContactAt"));
    }
}
