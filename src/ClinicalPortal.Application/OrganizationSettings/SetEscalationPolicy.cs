using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>
/// Sets the escalation policy (OrgAdmin): acknowledgement deadline per tier, the supervisor's deadline, the on-call
/// contacts (active staff of the organisation), the repeat interval, and per tier the minutes from the acknowledgement
/// to first contact and to resolution (each optional: left out, the organisation's current minutes stay). Alerts
/// already raised keep the policy they started with. Audited with the values (minutes and staff ids: no health data).
/// </summary>
public sealed record SetEscalationPolicy(
    IReadOnlyDictionary<string, int>? AcknowledgeWithinMinutes, int? SupervisorWithinMinutes, IReadOnlyList<Guid>? OnCallUserIds, int? RepeatEveryMinutes,
    IReadOnlyDictionary<string, int>? FirstContactWithinMinutes = null, IReadOnlyDictionary<string, int>? ResolveWithinMinutes = null)
    : ICommand<Result<EscalationPolicyResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "escalation_policy.update";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class SetEscalationPolicyValidator : AbstractValidator<SetEscalationPolicy>
{
    public SetEscalationPolicyValidator()
    {
        RuleFor(x => x.AcknowledgeWithinMinutes).NotNull().Must(EveryTier!)
            .WithMessage($"'acknowledgeWithinMinutes' must give minutes for each of {string.Join(", ", Enum.GetNames<RiskTier>())}, and nothing else.");
        RuleFor(x => x.FirstContactWithinMinutes).Must(EveryTier!).When(x => x.FirstContactWithinMinutes is not null)
            .WithMessage($"'firstContactWithinMinutes' must give minutes for each of {string.Join(", ", Enum.GetNames<RiskTier>())}, and nothing else.");
        RuleFor(x => x.ResolveWithinMinutes).Must(EveryTier!).When(x => x.ResolveWithinMinutes is not null)
            .WithMessage($"'resolveWithinMinutes' must give minutes for each of {string.Join(", ", Enum.GetNames<RiskTier>())}, and nothing else.");
        RuleFor(x => x.SupervisorWithinMinutes).NotNull();
        RuleFor(x => x.RepeatEveryMinutes).NotNull();
        RuleFor(x => x.OnCallUserIds).NotNull();
    }

    private static bool EveryTier(IReadOnlyDictionary<string, int> minutes) =>
        minutes.Keys.All(k => Tier(k) is not null) && minutes.Keys.Select(Tier).Distinct().Count() == Enum.GetValues<RiskTier>().Length
        && minutes.Count == Enum.GetValues<RiskTier>().Length;

    /// <summary>A tier by name, in any case (JSON clients camel-case keys): imminent, High.</summary>
    public static RiskTier? Tier(string key) =>
        !int.TryParse(key, out _) && Enum.TryParse<RiskTier>(key, ignoreCase: true, out var tier) && Enum.IsDefined(tier) ? tier : null;
}

public sealed class SetEscalationPolicyHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : ICommandHandler<SetEscalationPolicy, Result<EscalationPolicyResponse>>
{
    public async ValueTask<Result<EscalationPolicyResponse>> Handle(SetEscalationPolicy command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var organization = await db.Organizations.FirstAsync(o => o.Id == org, ct);
        var current = organization.EscalationPolicy;
        var created = EscalationPolicy.Create(
            ByTier(command.AcknowledgeWithinMinutes!), command.SupervisorWithinMinutes!.Value, command.OnCallUserIds!, command.RepeatEveryMinutes!.Value,
            command.FirstContactWithinMinutes is { } contact ? ByTier(contact) : current.FirstContactWithinMinutes,
            command.ResolveWithinMinutes is { } resolve ? ByTier(resolve) : current.ResolveWithinMinutes);
        if (!created.IsSuccess)
        {
            return Error.Validation(created.Error!.Violations
                .GroupBy(v => Field(v.Code))
                .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
        }

        // On call means someone who can act: an active staff member of this organisation.
        var onCall = command.OnCallUserIds!.Select(id => new UserId(id)).ToList();
        var known = await db.Staff.Where(s => s.OrganizationId == org && s.DeactivatedAt == null && onCall.Contains(s.Id))
            .Select(s => s.Id.Value).ToListAsync(ct);
        var unknown = command.OnCallUserIds!.Select((id, i) => (id, i)).Where(x => !known.Contains(x.id)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation(unknown.ToDictionary(
                x => $"onCallUserIds[{x.i}]", x => new[] { "Not an active staff member of your organisation." }));
        }

        organization.SetEscalationPolicy(created.Value);
        var response = EscalationPolicyResponse.From(created.Value);
        audit.Describe(response);
        return response;
    }

    private static Dictionary<RiskTier, int> ByTier(IReadOnlyDictionary<string, int> minutes) =>
        minutes.ToDictionary(kv => SetEscalationPolicyValidator.Tier(kv.Key)!.Value, kv => kv.Value);

    /// <summary>The request field a policy rule is about: <c>acknowledge.High</c> is <c>acknowledgeWithinMinutes.High</c>, an order rule the whole map.</summary>
    private static string Field(string? rule) => rule switch
    {
        "supervisor" => "supervisorWithinMinutes",
        "repeat" => "repeatEveryMinutes",
        "onCall" => "onCallUserIds",
        { } tiered when tiered.Split('.') is [var map, var tier] => map switch
        {
            "firstContact" => "firstContactWithinMinutes",
            "resolve" => "resolveWithinMinutes",
            _ => "acknowledgeWithinMinutes",
        } + (tier == "order" ? string.Empty : "." + tier),
        _ => "acknowledgeWithinMinutes",
    };
}
