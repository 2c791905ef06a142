using System.Text.Json;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Modules;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Homework;

/// <summary>
/// One homework task, done step by step: distress before, each step of the module version the task follows (read,
/// reflect, rate, tick, a timed practice), distress after and a reflection, sent as
/// <c>POST /api/v1/me/homework/{id}/completion</c> would send them; or skipped with a reason. Without JavaScript every
/// step is on one page in order; with it (<c>/js/homework.js</c>) one step at a time, with a timer for a practice.
/// A task done or skipped is read back; another client's task is a 404 page.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class TaskModel(IMediator mediator) : PageModel
{
    public HelpResponse? Help { get; private set; }

    public HomeworkTaskResponse? Homework { get; private set; }

    public ModuleResponse? Module { get; private set; }

    /// <summary>Set after this request recorded the task: what was recorded.</summary>
    public HomeworkTaskResponse? Recorded { get; private set; }

    /// <summary>Messages by form field: <c>DistressBefore</c>, <c>Steps[i]</c>, <c>Reflection</c>, <c>SkipReason</c>, or "" for the whole form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The steps' fields by the step's position on the form (a dictionary: a step sent without fields leaves the others in place).</summary>
    [BindProperty]
    public Dictionary<int, StepAnswer> Steps { get; set; } = [];

    [BindProperty]
    public int? DistressBefore { get; set; }

    [BindProperty]
    public int? DistressAfter { get; set; }

    [BindProperty]
    public string? Reflection { get; set; }

    [BindProperty]
    public string? SkipReason { get; set; }

    /// <summary>One key for the completion form and another for the skip form: a retry of either is answered with what was recorded.</summary>
    [BindProperty]
    public string CompleteKey { get; set; } = Guid.NewGuid().ToString("N");

    [BindProperty]
    public string SkipKey { get; set; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(Guid taskId) => await LoadAsync(taskId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid taskId)
    {
        if (!await LoadAsync(taskId))
        {
            return NotFound();
        }

        var (responses, positions) = Answers();
        var done = await mediator.Send(
            new CompleteHomework(taskId, responses, DistressBefore, DistressAfter, Reflection, CompleteKey), HttpContext.RequestAborted);
        return await ShowAsync(taskId, done, positions);
    }

    public async Task<IActionResult> OnPostSkipAsync(Guid taskId)
    {
        if (!await LoadAsync(taskId))
        {
            return NotFound();
        }

        var skipped = await mediator.Send(new SkipHomework(taskId, SkipReason, SkipKey), HttpContext.RequestAborted);
        return await ShowAsync(taskId, skipped, []);
    }

    /// <summary>The task, its module version and the crisis panel; false (a 404 page) for staff, or a task that is not the caller's.</summary>
    private async Task<bool> LoadAsync(Guid taskId)
    {
        var ct = HttpContext.RequestAborted;
        if (await ClientPage.LoadAsync(mediator, ct) is not { } client)
        {
            return false;
        }

        var task = await mediator.Send(new GetMyHomeworkTask(taskId), ct);
        if (!task.IsSuccess)
        {
            return false;
        }

        var module = await mediator.Send(new GetModule(task.Value.ModuleId, task.Value.ModuleVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
        if (!module.IsSuccess)
        {
            return false;
        }

        Help = client.Help;
        Homework = task.Value;
        Module = module.Value;
        return true;
    }

    /// <summary>
    /// The form's answers in the request's shape, by the kind of each step; a step left empty (nothing written, rated or
    /// ticked) is not sent, so the request refuses a required one. <paramref name="positions"/> maps each response back to its step on the form.
    /// </summary>
    private (List<StepResponseInput?> Responses, List<int> Positions) Answers()
    {
        var responses = new List<StepResponseInput?>();
        var positions = new List<int>();
        for (var i = 0; i < Module!.Steps.Count; i++)
        {
            var step = Module.Steps[i];
            var form = Steps.GetValueOrDefault(i) is { } sent && sent.Id == step.Id ? sent : new StepAnswer();
            StepResponseInput? answer = step.Kind switch
            {
                ModuleStepKind.Reflect when !string.IsNullOrWhiteSpace(form.Text) => new(step.Id, form.Text, null, null),
                ModuleStepKind.Rate when form.Rating is not null => new(step.Id, null, form.Rating, null),
                ModuleStepKind.Checklist when form.Items.Count > 0 => new(step.Id, null, null, JsonSerializer.SerializeToElement(form.Items)),
                ModuleStepKind.Read or ModuleStepKind.Practice when form.Done => new(step.Id, null, null, JsonSerializer.SerializeToElement(true)),
                _ => null,
            };
            if (answer is not null)
            {
                responses.Add(answer);
                positions.Add(i);
            }
        }

        return (responses, positions);
    }

    private async Task<PageResult> ShowAsync(Guid taskId, Result<HomeworkTaskResponse> result, List<int> positions)
    {
        if (result.IsSuccess)
        {
            Recorded = result.Value;
            Homework = result.Value;
            return Page();
        }

        var error = result.Error!;
        if (error.Code is HomeworkTask.AlreadyRecorded or RecordHomework.KeyReused
            && await mediator.Send(new GetMyHomeworkTask(taskId), HttpContext.RequestAborted) is { IsSuccess: true } now)
        {
            Homework = now.Value; // what was recorded, read back
        }

        Errors[""] = error.Code switch
        {
            HomeworkTask.AlreadyRecorded or RecordHomework.KeyReused => UiText.AlreadyRecorded,
            HomeworkTask.Cancelled => UiText.TaskCancelled,
            _ when error.Fields.Count == 0 => error.Message,
            _ => UiText.FormProblem,
        };
        foreach (var (field, messages) in error.Fields)
        {
            if (field == "responses")
            {
                // The required steps left empty: each marked beside itself.
                for (var i = 0; i < Module!.Steps.Count; i++)
                {
                    if (Module.Steps[i].Required && !positions.Contains(i))
                    {
                        Errors[$"Steps[{i}]"] = UiText.RequiredStep;
                    }
                }

                continue;
            }

            Errors[FormField(field, positions)] = string.Join(" ", messages);
        }

        return Page();
    }

    /// <summary>The request's field (<c>distressBefore</c>, <c>responses[2].text</c>, <c>responses</c>) as the form's.</summary>
    private static string FormField(string field, List<int> positions)
    {
        if (field.StartsWith("responses[", StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(10, field.IndexOf(']', StringComparison.Ordinal) - 10), out var index)
            && index < positions.Count)
        {
            return $"Steps[{positions[index]}]";
        }

        return field switch
        {
            "distressBefore" => nameof(DistressBefore),
            "distressAfter" => nameof(DistressAfter),
            "reflection" => nameof(Reflection),
            "reason" => nameof(SkipReason),
            _ => "",
        };
    }

    /// <summary>
    /// One step's fields on the form; which one counts depends on the step's kind. <see cref="Id"/> is always sent (a
    /// hidden field): an answer counts only for the step it was written for.
    /// </summary>
    public sealed class StepAnswer
    {
        public string? Id { get; set; }

        public string? Text { get; set; }

        public int? Rating { get; set; }

        public bool Done { get; set; }

        public List<string> Items { get; set; } = [];
    }
}
