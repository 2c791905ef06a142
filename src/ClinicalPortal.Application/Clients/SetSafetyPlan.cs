using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// The client's clinician (or an administrator) saves the safety plan written with the client: a new version each time,
/// the earlier ones kept. The client sees the latest beside the crisis lines.
/// </summary>
public sealed record SetSafetyPlan(
    Guid ClientId,
    IReadOnlyList<string?>? WarningSigns,
    IReadOnlyList<string?>? CopingStrategies,
    IReadOnlyList<string?>? DistractionPeopleAndPlaces,
    IReadOnlyList<string?>? PeopleToAskForHelp,
    IReadOnlyList<string?>? ProfessionalsAndServices,
    IReadOnlyList<string?>? MakingTheEnvironmentSafe,
    IReadOnlyList<string?>? ReasonsForLiving) : ICommand<Result<SafetyPlanResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "safety_plan.update";
    public static string AuditResourceType => "SafetyPlan";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;

    public IEnumerable<(string Field, IReadOnlyList<string?>? Entries)> Sections() =>
    [
        ("warningSigns", WarningSigns), ("copingStrategies", CopingStrategies), ("distractionPeopleAndPlaces", DistractionPeopleAndPlaces),
        ("peopleToAskForHelp", PeopleToAskForHelp), ("professionalsAndServices", ProfessionalsAndServices),
        ("makingTheEnvironmentSafe", MakingTheEnvironmentSafe), ("reasonsForLiving", ReasonsForLiving),
    ];
}

public sealed class SetSafetyPlanValidator : AbstractValidator<SetSafetyPlan>
{
    public SetSafetyPlanValidator()
    {
        RuleFor(x => x).Custom((plan, context) =>
        {
            foreach (var (field, entries) in plan.Sections())
            {
                if (entries is null)
                {
                    continue;
                }

                if (entries.Count > SafetyPlan.MaxEntries)
                {
                    context.AddFailure(field, $"'{field}' holds at most {SafetyPlan.MaxEntries} entries.");
                }

                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i] is { } entry && (entry.Length > SafetyPlan.MaxEntryLength || Rules.HasControlCharacters(entry)))
                    {
                        context.AddFailure($"{field}[{i}]", $"Each entry is one line of at most {SafetyPlan.MaxEntryLength} characters.");
                    }
                }
            }

            if (plan.Sections().All(s => s.Entries is null || s.Entries.All(string.IsNullOrWhiteSpace)))
            {
                context.AddFailure("body", "A safety plan needs at least one entry in one of its sections.");
            }
        });
    }
}

public sealed class SetSafetyPlanHandler(
    IPortalDbContext db, ITransactionLocks locks, ClientAccess access, IHealthTextProtector text, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<SetSafetyPlan, Result<SafetyPlanResponse>>
{
    public async ValueTask<Result<SafetyPlanResponse>> Handle(SetSafetyPlan command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        // One writer at a time per client, so versions follow one another (the unique index holds it regardless).
        await locks.LockUntilCommitAsync($"safety-plan:{client.Id}", ct);
        var latest = await db.SafetyPlans.Where(p => p.ClientId == client.Id).MaxAsync(p => (int?)p.Version, ct) ?? 0;
        var plan = SafetyPlan.Create(client, latest, new SafetyPlanContent(
            command.WarningSigns, command.CopingStrategies, command.DistractionPeopleAndPlaces, command.PeopleToAskForHelp,
            command.ProfessionalsAndServices, command.MakingTheEnvironmentSafe, command.ReasonsForLiving), user.UserId!.Value, clock.GetUtcNow());
        if (!plan.IsSuccess)
        {
            return plan.Error!;
        }

        plan.Value.Seal(text.Protect);
        db.SafetyPlans.Add(plan.Value);
        // Writing the plan with the client is the review that followed a crisis (CaringContact): any still open is done.
        var reviews = await db.CaringContacts
            .Where(c => c.ClientId == client.Id && c.Kind == CaringContactKind.SafetyPlanReview && c.DoneAt == null).ToListAsync(ct);
        var reviewed = reviews.Count(r => r.CompleteReview(plan.Value.Version, clock.GetUtcNow()));
        audit.Touch(plan.Value.Id.ToString(), client.Id);
        audit.Describe(new { version = plan.Value.Version, reviewsDone = reviewed });
        return SafetyPlanResponse.From(plan.Value, text);
    }
}
