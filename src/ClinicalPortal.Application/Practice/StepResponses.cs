using System.Text.Json;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// Checks a completion's answers against the steps of the module version the task follows: every step named exists,
/// once; each answer has the shape its step's kind takes; every required step is answered. Errors name
/// <c>responses[i].field</c> (or <c>responses</c> for a required step left out).
/// </summary>
public static class StepResponses
{
    public const int MaxTextLength = 10_000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (IReadOnlyList<StoredStepResponse> Responses, Dictionary<string, string[]> Errors) Check(
        ModuleContent module, IReadOnlyList<StepResponseInput?> inputs)
    {
        var errors = new Dictionary<string, string[]>();
        var stored = new List<StoredStepResponse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = $"responses[{i}]";
            if (inputs[i] is not { } input)
            {
                errors[at] = ["Each response must be an object with stepId and its answer."];
                continue;
            }

            if (module.Step(input.StepId ?? string.Empty) is not { } step)
            {
                errors[$"{at}.stepId"] = ["This module has no step with this id."];
                continue;
            }

            if (!seen.Add(step.Id))
            {
                errors[$"{at}.stepId"] = ["Each step is answered once."];
                continue;
            }

            var answer = Answer(step, input, at, errors);
            if (answer is not null)
            {
                stored.Add(answer);
            }
        }

        var missing = module.Steps.Where(s => s.Required && !seen.Contains(s.Id)).Select(s => s.Id).ToList();
        if (missing.Count > 0)
        {
            errors["responses"] = [$"Required steps are not answered: {string.Join(", ", missing)}."];
        }

        return (stored, errors);
    }

    private static StoredStepResponse? Answer(ModuleStep step, StepResponseInput input, string at, Dictionary<string, string[]> errors)
    {
        var kind = step.Kind.ToString();
        switch (step.Kind)
        {
            case ModuleStepKind.Reflect:
                if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > MaxTextLength
                    || input.Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
                {
                    errors[$"{at}.text"] = [$"A reflect step takes 'text': 1 to {MaxTextLength} characters, no control characters but line breaks and tabs."];
                    return null;
                }

                return Only(input, at, errors, "text") ? new StoredStepResponse(step.Id, kind, input.Text.Trim(), null, null, null) : null;
            case ModuleStepKind.Rate:
                if (input.Rating is not (>= ModuleStep.RateMin and <= ModuleStep.RateMax))
                {
                    errors[$"{at}.rating"] = [$"A rate step takes 'rating' from {ModuleStep.RateMin} to {ModuleStep.RateMax}."];
                    return null;
                }

                return Only(input, at, errors, "rating") ? new StoredStepResponse(step.Id, kind, null, input.Rating, null, null) : null;
            case ModuleStepKind.Checklist:
                if (input.Checked is not { ValueKind: JsonValueKind.Array } list
                    || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    errors[$"{at}.checked"] = ["A checklist step takes 'checked': the ids of the items ticked."];
                    return null;
                }

                var ids = list.EnumerateArray().Select(e => e.GetString()!).ToList();
                if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || ids.Any(id => step.Items.All(item => item.Id != id)))
                {
                    errors[$"{at}.checked"] = [$"'checked' lists items of this step, once each: {string.Join(", ", step.Items.Select(item => item.Id))}."];
                    return null;
                }

                return Only(input, at, errors, "checked") ? new StoredStepResponse(step.Id, kind, null, null, null, ids) : null;
            default: // Read, Practice: done or not
                if (input.Checked is not { ValueKind: JsonValueKind.True or JsonValueKind.False } done)
                {
                    errors[$"{at}.checked"] = [$"A {kind.ToLowerInvariant()} step takes 'checked': true or false."];
                    return null;
                }

                return Only(input, at, errors, "checked") ? new StoredStepResponse(step.Id, kind, null, null, done.GetBoolean(), null) : null;
        }
    }

    /// <summary>An answer carries only the field its step's kind takes.</summary>
    private static bool Only(StepResponseInput input, string at, Dictionary<string, string[]> errors, string field)
    {
        var extra = new[] { ("text", input.Text is not null), ("rating", input.Rating is not null), ("checked", input.Checked is { ValueKind: not JsonValueKind.Null }) }
            .Where(f => f.Item2 && f.Item1 != field).Select(f => f.Item1).ToList();
        if (extra.Count == 0)
        {
            return true;
        }

        errors[$"{at}.{extra[0]}"] = [$"This step takes '{field}' only."];
        return false;
    }
}
