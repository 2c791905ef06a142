using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// The client's clinician assigns a practice plan: goals, a note to the client, modules (at their current version) with
/// frequencies. It becomes the client's one active plan; the previous one is superseded (and stays readable), its
/// future tasks not yet done or skipped are cancelled, and the new plan's tasks are made from the client's today on.
/// </summary>
public sealed record CreatePracticePlan(Guid ClientId, string? Goals, string? NoteToClient, IReadOnlyList<PlanItemInput?>? Items)
    : ICommand<Result<PracticePlanResponse>>, IAudited, IAuthorized
{
    public const int MaxGoalsLength = 4000;
    public const int MaxNoteLength = 4000;

    public static string AuditAction => "practice_plan.create";
    public static string AuditResourceType => "PracticePlan";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clinicians;
}

public sealed class CreatePracticePlanValidator : AbstractValidator<CreatePracticePlan>
{
    public CreatePracticePlanValidator()
    {
        RuleFor(x => x.Goals).NotEmpty().FreeText(CreatePracticePlan.MaxGoalsLength);
        RuleFor(x => x.NoteToClient).FreeText(CreatePracticePlan.MaxNoteLength);
        RuleFor(x => x.Items).NotEmpty().WithMessage("'items' must list at least one module.")
            .Must(i => i!.Count <= PracticePlan.MaxItems).WithMessage($"'items' holds at most {PracticePlan.MaxItems} modules.");
        RuleForEach(x => x.Items).NotNull().WithMessage("Each item must be an object with moduleId, frequency, start and end.");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i!.ModuleId).NotEmpty().OverridePropertyName("moduleId");
            item.RuleFor(i => i!.Start).NotEmpty().Must(Rules.IsIsoDate).OverridePropertyName("start")
                .WithMessage("'start' must be a date in the form YYYY-MM-DD.");
            item.RuleFor(i => i!.End).NotEmpty().Must(Rules.IsIsoDate).OverridePropertyName("end")
                .WithMessage("'end' must be a date in the form YYYY-MM-DD.");
            item.RuleFor(i => i!.Frequency).NotNull().OverridePropertyName("frequency")
                .WithMessage("'frequency' must be an object with kind (Daily, TimesPerWeek or Once).");
            item.RuleFor(i => i!.Frequency!.Kind).NotEmpty().EnumName<PlanItemInput?, FrequencyKind>().OverridePropertyName("frequency.kind")
                .When(i => i?.Frequency is not null);
            item.RuleForEach(i => i!.Frequency!.DaysOfWeek).Must(d => Weekdays.TryParse(d, out _)).OverridePropertyName("frequency.daysOfWeek")
                .WithMessage("Days of the week are Mon, Tue, Wed, Thu, Fri, Sat or Sun.")
                .When(i => i?.Frequency?.DaysOfWeek is not null);
        }).When(x => x.Items is not null);
    }
}

public sealed class CreatePracticePlanHandler(
    IPortalDbContext db, ClientAccess access, ModuleAccess moduleAccess, ITransactionLocks locks, IHealthTextProtector text, ICurrentUser user, AuditScope audit,
    TimeProvider clock)
    : ICommandHandler<CreatePracticePlan, Result<PracticePlanResponse>>
{
    /// <summary>Taken by a plan change and by every completion or skip of the client's homework.</summary>
    public static string LockKey(ClientId client) => $"practice-plan:{client}";

    public async ValueTask<Result<PracticePlanResponse>> Handle(CreatePracticePlan command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        var now = clock.GetUtcNow();
        var calendar = ClientCalendar.Of(client.TimeZone, now);
        var items = await ItemsAsync(command.Items!, ct);
        if (!items.IsSuccess)
        {
            return items.Error!;
        }

        // One plan change at a time per client, on every instance: the active plan read below is the one replaced.
        await locks.LockUntilCommitAsync(LockKey(client.Id), ct);
        var active = await db.PracticePlans.FirstOrDefaultAsync(p => p.ClientId == client.Id && p.Status == PracticePlanStatus.Active, ct);
        var created = PracticePlan.Create(
            client, text.Protect(command.Goals!.Trim()), string.IsNullOrWhiteSpace(command.NoteToClient) ? null : text.Protect(command.NoteToClient.Trim()),
            items.Value, calendar.Today, active, user.UserId!.Value, now);
        if (!created.IsSuccess)
        {
            return created.Error!.Violations.Count > 0
                ? Error.Validation(created.Error.Violations.ToDictionary(
                    v => $"items[{v.Position - 1}].{(v.Code is PracticePlan.EndsBeforeToday or PracticeItemSpan.EndBeforeStart or PracticeItemSpan.TooLong ? "end" : "start")}",
                    v => new[] { v.Message }))
                : created.Error.OnFields((PracticePlan.NoItems, "items"), (PracticePlan.TooManyItems, "items"));
        }

        var plan = created.Value;
        var cancelled = 0;
        var recorded = new HashSet<(ModuleId, DateOnly)>();
        if (active is not null)
        {
            active.Supersede(now);
            var future = await db.HomeworkTasks.Where(t => t.PlanId == active.Id && t.Date >= calendar.Today).ToListAsync(ct);
            cancelled = future.Count(t => t.CancelForPlanChange(now));
            // Homework already done or skipped today is not asked for again by the new plan.
            recorded = future.Where(t => t.State is HomeworkState.Done or HomeworkState.Skipped).Select(t => (t.ModuleId, t.Date)).ToHashSet();
            // The old plan leaves the "one active plan" index before the new one enters it.
            await db.SaveChangesAsync(ct);
        }

        var tasks = plan.ExpandFrom(calendar.Today).Where(t => !recorded.Contains((t.ModuleId, t.Date))).ToList();
        db.PracticePlans.Add(plan);
        db.HomeworkTasks.AddRange(tasks);
        audit.Touch(plan.Id.ToString(), client.Id);
        audit.Describe(new { items = plan.Items.Count, tasks = tasks.Count, supersedes = active?.Id.Value, cancelledTasks = cancelled });
        return PracticePlanResponse.From(plan, text, tasks.Count);
    }

    /// <summary>Each item's module (built-in, or the organisation's own) at its current version, and its frequency; errors name the item.</summary>
    private async Task<Result<IReadOnlyList<PlanItemSpec>>> ItemsAsync(IReadOnlyList<PlanItemInput?> inputs, CancellationToken ct)
    {
        var ids = inputs.Select(i => new ModuleId(i!.ModuleId!.Value)).Distinct().ToList();
        var modules = await moduleAccess.Visible().AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Join(db.ModuleVersions, m => new { m.Id, Number = m.CurrentVersion }, v => new { Id = v.ModuleId, v.Number },
                (m, v) => new { m.Id, VersionId = v.Id, v.Number, v.Content })
            .ToDictionaryAsync(m => m.Id, ct);
        var errors = new Dictionary<string, string[]>();
        var specs = new List<PlanItemSpec>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i]!;
            if (!modules.TryGetValue(new ModuleId(input.ModuleId!.Value), out var module))
            {
                errors[$"items[{i}].moduleId"] = ["No such module in this organisation's library (GET /api/v1/modules lists them)."];
                continue;
            }

            var days = (input.Frequency!.DaysOfWeek ?? []).Select(d => Weekdays.TryParse(d, out var day) ? day : default).ToList();
            var frequency = PracticeFrequency.Create(Enum.Parse<FrequencyKind>(input.Frequency.Kind!, ignoreCase: true), input.Frequency.TimesPerWeek, days);
            if (!frequency.IsSuccess)
            {
                var field = frequency.Error!.Code is PracticeFrequency.TimesNotAllowed or PracticeFrequency.TimesRequired or PracticeFrequency.TimesOutOfRange
                    ? "frequency.timesPerWeek" : "frequency.daysOfWeek";
                errors[$"items[{i}].{field}"] = [frequency.Error.Message];
                continue;
            }

            specs.Add(new PlanItemSpec(module.Id, module.VersionId, module.Number, module.Content.Title, frequency.Value,
                Rules.ParseIsoDate(input.Start!), Rules.ParseIsoDate(input.End!)));
        }

        return errors.Count > 0 ? Error.Validation(errors) : specs;
    }
}
