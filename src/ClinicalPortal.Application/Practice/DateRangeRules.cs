using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Measures;
using FluentValidation;

namespace ClinicalPortal.Application.Practice;

/// <summary>Query ranges <c>from</c>/<c>to</c> (YYYY-MM-DD, the client's calendar): both optional, from not after to, at most a year (or the caller's maximum).</summary>
public static class DateRangeRules
{
    public static void AddRangeRules<T>(this AbstractValidator<T> validator, Func<T, string?> from, Func<T, string?> to, int maxDays = HomeworkRows.MaxRangeDays)
    {
        validator.RuleFor(x => from(x)).Must(Rules.IsIsoDate).When(x => from(x) is not null).OverridePropertyName("from")
            .WithMessage("'from' must be a date in the form YYYY-MM-DD.");
        validator.RuleFor(x => to(x)).Must(Rules.IsIsoDate).When(x => to(x) is not null).OverridePropertyName("to")
            .WithMessage("'to' must be a date in the form YYYY-MM-DD.");
        // A plausible calendar (the schedules' range): a day near DateOnly's ends would overflow the period's arithmetic.
        validator.RuleFor(x => from(x)).Must(InRange).When(x => Rules.IsIsoDate(from(x))).OverridePropertyName("from")
            .WithMessage(OutOfRange("from"));
        validator.RuleFor(x => to(x)).Must(InRange).When(x => Rules.IsIsoDate(to(x))).OverridePropertyName("to")
            .WithMessage(OutOfRange("to"));
        validator.RuleFor(x => x).Must(x => Rules.ParseIsoDate(from(x)!) <= Rules.ParseIsoDate(to(x)!)
                                           && Rules.ParseIsoDate(to(x)!).DayNumber - Rules.ParseIsoDate(from(x)!).DayNumber < maxDays)
            .When(x => Rules.IsIsoDate(from(x)) && Rules.IsIsoDate(to(x))).OverridePropertyName("to")
            .WithMessage($"'to' must be on or after 'from', and the range at most {maxDays} days.");
    }

    private static bool InRange(string? value) =>
        Rules.ParseIsoDate(value!) is var day && day >= MeasureSchedule.EarliestStart && day <= MeasureSchedule.LatestStart;

    private static string OutOfRange(string field) =>
        $"'{field}' must be a date from {MeasureSchedule.EarliestStart:yyyy-MM-dd} to {MeasureSchedule.LatestStart:yyyy-MM-dd}.";

    /// <summary>The range asked for, or the default around the client's today; a one-sided range is clamped to a year.</summary>
    public static (DateOnly From, DateOnly To) Resolve(string? from, string? to, DateOnly defaultFrom, DateOnly defaultTo)
    {
        var start = Rules.ParseOptionalDate(from);
        var end = Rules.ParseOptionalDate(to);
        return (start, end) switch
        {
            ({ } f, { } t) => (f, t),
            ({ } f, null) => (f, f.AddDays(Math.Max(0, Math.Min(HomeworkRows.MaxRangeDays - 1, defaultTo.DayNumber - f.DayNumber)))),
            (null, { } t) => (t.AddDays(-Math.Max(0, Math.Min(HomeworkRows.MaxRangeDays - 1, t.DayNumber - defaultFrom.DayNumber))), t),
            _ => (defaultFrom, defaultTo),
        };
    }
}
