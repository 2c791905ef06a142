using System.Globalization;
using FluentValidation;

namespace ClinicalPortal.Application.Common.Validation;

public static class Rules
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool IsIsoDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static DateOnly ParseIsoDate(string value) =>
        DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    public static bool IsTimeZone(string? value) =>
        !string.IsNullOrWhiteSpace(value) && TimeZoneInfo.TryFindSystemTimeZoneById(value, out _);

    public static bool IsEnumName<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: false, out _);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(254).EmailAddress();

    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(100).Must(v => v is null || !v.Any(char.IsControl))
            .WithMessage("'{PropertyName}' must not contain control characters.");
}
