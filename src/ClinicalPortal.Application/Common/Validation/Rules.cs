using System.Globalization;
using ClinicalPortal.Domain.Measures;
using FluentValidation;

namespace ClinicalPortal.Application.Common.Validation;

/// <summary>
/// Shapes of input shared by the validators. Requests take dates, numbers and ids from query strings as text, so a
/// bad value is a 400 naming the parameter (not a binding failure), and the handler parses what its validator accepted.
/// </summary>
public static class Rules
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool IsIsoDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static DateOnly ParseIsoDate(string value) =>
        DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseOptionalDate(string? value) => value is null ? null : ParseIsoDate(value);

    /// <summary>An ISO 8601 instant with an explicit offset or Z, e.g. 2026-11-25T09:00:00+01:00.</summary>
    public static bool IsInstant(string? value) => ParseInstant(value) is not null;

    /// <summary>The instant in UTC (PostgreSQL's timestamptz takes UTC only), or null when it is not an ISO 8601 instant with an offset.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (value is null || value.Length > 40 || !(value.EndsWith('Z') || value.Contains('+') || value.LastIndexOf('-') > 9))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToUniversalTime()
            : null;
    }

    public static bool IsInt(string? value, int min, int max) =>
        int.TryParse(value, NumberStyles.None | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max;

    public static int ParseInt(string? value, int fallback) =>
        value is null ? fallback : int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static bool IsLong(string? value, long min) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min;

    public static bool IsGuid(string? value) => Guid.TryParse(value, out _);

    public static bool IsTimeZone(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 64 && !HasControlCharacters(value) && TimeZoneInfo.TryFindSystemTimeZoneById(value, out _);

    public static bool IsEnumName<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed);

    /// <summary>Text may not carry control characters (a NUL byte cannot be stored by PostgreSQL at all).</summary>
    public static bool HasControlCharacters(string? value) => value is not null && value.Any(char.IsControl);

    /// <summary>Control characters other than line breaks and tabs, which text of several lines keeps.</summary>
    public static bool HasControlCharactersBeyondLineBreaks(string? value) =>
        value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    /// <summary>Exactly one of the enum's names, in any case (<c>burnout</c> is <c>Burnout</c>); no numbers, no lists.</summary>
    public static bool IsEnumNameIgnoringCase<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The enum value a name accepted by <see cref="IsEnumNameIgnoringCase{TEnum}"/> stands for.</summary>
    public static TEnum ParseEnumName<TEnum>(string value) where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(254)
            .Must(v => !HasControlCharacters(v)).WithMessage("'{PropertyName}' must not contain control characters.")
            .EmailAddress();

    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(100).Must(v => !HasControlCharacters(v))
            .WithMessage("'{PropertyName}' must not contain control characters.");

    /// <summary>The code of an instrument of the library. The value sent is not echoed back (it may be anything, of any size).</summary>
    public static IRuleBuilderOptions<T, string?> KnownInstrument<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is { Length: <= InstrumentDefinition.MaxCodeLength } && InstrumentLibrary.TryGet(code, out _))
            .WithMessage("'{PropertyName}' must be the code of a known instrument, such as PHQ-9 (GET /api/v1/instruments lists them).");

    /// <summary>An <c>Idempotency-Key</c>: 1 to 200 printable ASCII characters.</summary>
    public static bool IsIdempotencyKey(string? value) =>
        value is { Length: >= 1 and <= 200 } && value.All(c => c is >= '!' and <= '~');

    /// <summary>The optional <c>Idempotency-Key</c> header of a request, named as the header in a 400.</summary>
    public static IRuleBuilderOptions<T, string?> IdempotencyKeyHeader<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(v => v is null || IsIdempotencyKey(v)).OverridePropertyName("Idempotency-Key")
            .WithMessage("'Idempotency-Key' must be 1 to 200 printable ASCII characters, such as a UUID.");

    /// <summary>A free-text reason (discharge, deactivation): required, one line of at most 500 characters, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(500).Must(v => !HasControlCharacters(v))
            .WithMessage("'{PropertyName}' must not contain control characters.");

    /// <summary>Free text that may span lines (a note, a message): at most <paramref name="max"/> characters, no control characters but line breaks and tabs.</summary>
    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.MaximumLength(max).Must(v => !HasControlCharactersBeyondLineBreaks(v))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs.");

    /// <summary>A query-string or body enum value, by its name (e.g. High), listed in the message.</summary>
    public static IRuleBuilderOptions<T, string?> EnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(IsEnumName<TEnum>).WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    /// <summary>A page size given as text (a query value): absent, or a whole number from 1 to <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, string?> PageLimit<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(v => v is null || IsInt(v, 1, max)).WithMessage($"'limit' must be a whole number from 1 to {max}.");

    /// <summary>A page offset given as text: absent, or a whole number, 0 or more.</summary>
    public static IRuleBuilderOptions<T, string?> PageOffset<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || IsInt(v, 0, int.MaxValue)).WithMessage("'offset' must be a whole number, 0 or more.");
}
