using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// A clinician's practice plan for a client: goals, a note to the client, and modules with frequencies. It expands
/// into homework tasks by day in the client's calendar. A new plan supersedes the active one: the old plan's tasks
/// from today on that are not done or skipped are cancelled, the new plan's are made from today on, and everything
/// before today stays as it was (recorded homework is never rewritten). Goals and note are free text and arrive
/// protected (encrypted) by the application; the domain only keeps them.
/// </summary>
public sealed class PracticePlan
{
    public const string NoItems = "plan.no_items";
    public const string TooManyItems = "plan.too_many_items";
    public const string EndsBeforeToday = "plan.item_ends_before_today";
    public const string StartsTooLate = "plan.item_starts_too_late";
    public const string NoDays = "plan.item_has_no_days";

    /// <summary>How far ahead of the client's today an item may start.</summary>
    public const int MaxDaysAhead = 366;

    public const int MaxItems = 20;

    private readonly List<PracticePlanItem> _items = [];

    private PracticePlan()
    {
        GoalsProtected = string.Empty;
    }

    public PracticePlanId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The goals, as protected text (ciphertext).</summary>
    public string GoalsProtected { get; private set; }

    /// <summary>The note to the client, as protected text, or null.</summary>
    public string? NoteToClientProtected { get; private set; }

    public PracticePlanStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The plan this one took the place of, if any (a link to an existing row, so the new one can be inserted after the old one is marked).</summary>
    public PracticePlanId? Supersedes { get; private set; }

    public IReadOnlyList<PracticePlanItem> Items => _items;

    /// <summary>
    /// A new active plan, in place of <paramref name="active"/> when there is one (the caller supersedes that one). Every item must still have a day from <paramref name="today"/> (the client's today) on, so
    /// that it makes some homework; its weekdays stay anchored on its own start even when that lies in the past.
    /// Violations name the 1-based item position.
    /// </summary>
    public static Result<PracticePlan> Create(
        Client client, string goalsProtected, string? noteToClientProtected, IReadOnlyList<PlanItemSpec> items, DateOnly today,
        PracticePlan? active, UserId by, DateTimeOffset now)
    {
        if (client.CheckActive() is { } refused)
        {
            return refused;
        }

        if (items.Count == 0)
        {
            return Error.Rule(NoItems, "A plan needs at least one item.");
        }

        if (items.Count > MaxItems)
        {
            return Error.Rule(TooManyItems, $"A plan has at most {MaxItems} items.");
        }

        var violations = new List<Violation>();
        for (var i = 0; i < items.Count; i++)
        {
            var span = PracticeItemSpan.Validate(items[i].Start, items[i].End);
            if (!span.IsSuccess)
            {
                violations.Add(new Violation(i + 1, span.Error!.Code, span.Error.Message));
            }
            else if (items[i].End < today)
            {
                violations.Add(new Violation(i + 1, EndsBeforeToday, "The item ends before today in the client's calendar."));
            }
            else if (items[i].Start.DayNumber - today.DayNumber > MaxDaysAhead)
            {
                violations.Add(new Violation(i + 1, StartsTooLate, $"An item starts at most {MaxDaysAhead} days after today."));
            }
            else if (PracticeSchedule.DaysFrom(items[i].Frequency, items[i].Start, items[i].End, today).Count == 0)
            {
                violations.Add(new Violation(i + 1, NoDays, "The item has no practice day from today to its end."));
            }
        }

        if (violations.Count > 0)
        {
            return Error.Rule(violations[0].Code, violations[0].Message) with { Violations = violations };
        }

        var plan = new PracticePlan
        {
            Id = PracticePlanId.New(),
            OrganizationId = client.OrganizationId,
            ClientId = client.Id,
            GoalsProtected = goalsProtected,
            NoteToClientProtected = noteToClientProtected,
            Status = PracticePlanStatus.Active,
            CreatedAt = now,
            CreatedBy = by,
            Supersedes = active?.Id,
        };
        for (var i = 0; i < items.Count; i++)
        {
            plan._items.Add(PracticePlanItem.From(plan.Id, i + 1, items[i]));
        }

        return plan;
    }

    /// <summary>Marks this (active) plan superseded; its future unrecorded tasks are cancelled by <see cref="HomeworkTask.CancelForPlanChange"/>.</summary>
    public void Supersede(DateTimeOffset now)
    {
        if (Status == PracticePlanStatus.Superseded)
        {
            return;
        }

        Status = PracticePlanStatus.Superseded;
        SupersededAt = now;
    }

    /// <summary>The homework tasks of every item from <paramref name="from"/> (the client's today) on, in date then item order.</summary>
    public IReadOnlyList<HomeworkTask> ExpandFrom(DateOnly from) =>
        _items
            .SelectMany(item => PracticeSchedule.DaysFrom(item.Frequency, item.Start, item.End, from)
                .Select(day => HomeworkTask.For(this, item, day)))
            .OrderBy(t => t.Date).ThenBy(t => t.Position)
            .ToList();
}
