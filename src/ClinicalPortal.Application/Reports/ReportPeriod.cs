using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Application.Practice;
using FluentValidation;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// A report's period: <c>from</c>/<c>to</c> as days of the client's calendar, both optional (default: the 12 weeks to
/// today), from not after to, at most three years (a two-year history with room to spare).
/// </summary>
public static class ReportPeriod
{
    public const int MaxDays = 1096;
    public const int DefaultDays = 84;
    public const int MaxIncluded = 50;

    public static void AddPeriodRules<T>(this AbstractValidator<T> validator, Func<T, string?> from, Func<T, string?> to) =>
        validator.AddRangeRules(from, to, MaxDays);

    public static void AddIncludedRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<Guid>?> ids, string field) =>
        validator.RuleFor(x => ids(x)).Must(list => list is null || list.Count <= MaxIncluded).OverridePropertyName(field)
            .WithMessage($"'{field}' may name at most {MaxIncluded} records.");

    /// <summary>The period asked for, or the default ending today; a one-sided period is the default length from that side.</summary>
    public static (DateOnly From, DateOnly To) Resolve(string? from, string? to, DateOnly today) =>
        (Rules.ParseOptionalDate(from), Rules.ParseOptionalDate(to)) switch
        {
            ({ } f, { } t) => (f, t),
            ({ } f, null) => (f, f.AddDays(DefaultDays - 1)),
            (null, { } t) => (t.AddDays(-(DefaultDays - 1)), t),
            _ => (today.AddDays(-(DefaultDays - 1)), today),
        };

    /// <summary>The first instant of a day in a zone, in UTC (a day whose midnight is skipped by a clock change starts when the clock resumes).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
