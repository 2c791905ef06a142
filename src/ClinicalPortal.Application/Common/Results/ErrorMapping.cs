using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Results;

/// <summary>
/// The domain names the rule it refuses (<see cref="Error.Code"/>) and positions in a list (<see cref="Error.Violations"/>);
/// a use case maps them to the fields of its own request, so the domain never knows the JSON.
/// </summary>
public static class ErrorMapping
{
    /// <summary>A broken rule of one of the given codes becomes a 400 on its field; any other error is returned unchanged.</summary>
    public static Error OnFields(this Error error, params (string Code, string Field)[] fields)
    {
        if (error.Kind is not ErrorKind.RuleViolation)
        {
            return error;
        }

        foreach (var (code, field) in fields)
        {
            if (error.Code == code)
            {
                return Error.Validation(field, error.Message);
            }
        }

        return error;
    }

    /// <summary>Violations at 1-based positions become errors on <c>field[i]</c> (0-based, as in the JSON array), or on <c>field</c> itself.</summary>
    public static Error OnList(this Error error, string field)
    {
        if (error.Violations.Count == 0)
        {
            return error;
        }

        return Error.Validation(error.Violations
            .GroupBy(v => v.Position is { } position ? $"{field}[{position - 1}]" : field)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
    }
}
