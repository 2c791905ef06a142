namespace ClinicalPortal.Domain.Common;

/// <summary>
/// A phone number in E.164 form (<c>+447700900123</c>): a plus, a country code that does not start with 0, and at most
/// 15 digits in all. Read from what people write: spaces, dots, dashes and brackets go, a leading <c>00</c> is the
/// international prefix, and the trunk zero some write after the country code (<c>+44 (0)20 ...</c>) is dropped. A
/// number without its country code is refused rather than guessed: a text must reach the right country.
/// </summary>
public readonly record struct PhoneNumber
{
    public const string Invalid = "phone.invalid";

    /// <summary>The shortest numbers in use with their country code have 7 digits (e.g. Niue); E.164 allows 15.</summary>
    public const int MinDigits = 7;

    public const int MaxDigits = 15;

    /// <summary>The longest text accepted as written (separators included).</summary>
    public const int MaxWrittenLength = 32;

    private PhoneNumber(string value) => Value = value;

    /// <summary>The number in E.164 form: <c>+</c> and 7 to 15 digits.</summary>
    public string Value { get; }

    public static Result<PhoneNumber> Parse(string? written) =>
        TryParse(written, out var number)
            ? number
            : Error.Rule(Invalid, "A phone number is written with its country code, e.g. +44 7700 900123 (7 to 15 digits).");

    public static bool TryParse(string? written, out PhoneNumber number)
    {
        number = default;
        if (written is null || written.Length > MaxWrittenLength)
        {
            return false;
        }

        var text = written.Trim().Replace("(0)", string.Empty, StringComparison.Ordinal);
        string rest;
        if (text.StartsWith('+'))
        {
            rest = text[1..];
        }
        else if (text.StartsWith("00", StringComparison.Ordinal))
        {
            rest = text[2..];
        }
        else
        {
            return false;
        }

        if (rest.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '(' or ')')))
        {
            return false;
        }

        var digits = new string(rest.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is < MinDigits or > MaxDigits || digits[0] == '0')
        {
            return false;
        }

        number = new PhoneNumber("+" + digits);
        return true;
    }

    public override string ToString() => Value ?? string.Empty;
}
