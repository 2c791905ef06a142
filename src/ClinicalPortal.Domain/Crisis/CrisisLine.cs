using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Crisis;

/// <summary>
/// One contact a client can use at once: a <see cref="Name"/>, an <see cref="Instruction"/> a distressed person can act on
/// (a short sentence, e.g. "Call or text 988, any time, day or night."), and a <see cref="Contact"/> URI a phone or browser
/// opens directly (<c>tel:988</c>, <c>sms:741741?body=HOME</c>, or, for organisation-added lines only, an <c>https://</c> page).
/// </summary>
/// <remarks>
/// The national lines are in <see cref="CrisisLines"/> and are checked by hand against each service's published page.
/// Organisations may add their own lines (a local crisis team, a campus service) through <see cref="CreateLocal"/> or
/// <see cref="CreateLocalSet"/>; those are validated for shape here, never for truth, and carry
/// <see cref="CrisisLineKind.Local"/> so the client can see they come from the organisation.
/// </remarks>
public sealed record CrisisLine(string Name, string Instruction, string Contact, CrisisLineKind Kind)
{
    public const string Invalid = "crisis_line.invalid";
    public const string TooMany = "crisis_line.too_many";

    public const int MaxNameLength = 100;
    public const int MaxInstructionLength = 300;

    /// <summary>The longest <c>https://</c> contact accepted; longer is not an address a person will be sent to in a crisis.</summary>
    public const int MaxUrlLength = 500;

    /// <summary>How many lines one organisation may add to the national ones: more than this buries the emergency number.</summary>
    public const int MaxLocalLines = 10;

    /// <summary>Digits a phone number may have: 3 (111, 999) up to 15 (the E.164 maximum).</summary>
    private const int MinDigits = 3;

    private const int MaxDigits = 15;

    /// <summary>The longest keyword an <c>sms:</c> contact may pre-fill (HOME, SHOUT, HELLO).</summary>
    private const int MaxKeywordLength = 20;

    /// <summary>
    /// An organisation-added line, if its name (1 to 100 characters), instruction (1 to 300) and contact are well formed.
    /// The contact must be <c>tel:</c> with digits (an optional leading <c>+</c>, spaces and hyphens allowed between them),
    /// <c>sms:</c> likewise with an optional <c>?body=WORD</c> (letters and digits), or an absolute <c>https://</c> URL with
    /// a host and no user name or password. Anything else (<c>http:</c>, <c>javascript:</c>, <c>data:</c>, <c>mailto:</c>,
    /// a bare number) is refused. Names and instructions are trimmed; the contact's scheme is stored in lower case and
    /// spaces are taken out of numbers (a space is not valid in a URI; a hyphen is a visual separator RFC 3966 allows).
    /// </summary>
    public static Result<CrisisLine> CreateLocal(string? name, string? instruction, string? contact)
    {
        var problems = Check(null, name, instruction, contact, out var line);
        return problems.Count > 0
            ? Error.Rule(Invalid, "The crisis line is not valid.") with { Violations = problems }
            : line!;
    }

    /// <summary>
    /// An organisation's whole set of added lines: at most <see cref="MaxLocalLines"/>, each valid as in
    /// <see cref="CreateLocal"/>, no contact twice. Broken rules carry the 1-based position of the line they concern.
    /// </summary>
    public static Result<IReadOnlyList<CrisisLine>> CreateLocalSet(IReadOnlyList<(string? Name, string? Instruction, string? Contact)> lines)
    {
        if (lines.Count > MaxLocalLines)
        {
            return Error.Rule(TooMany, $"An organisation can add at most {MaxLocalLines} crisis lines.") with
            {
                Violations = [new Violation(null, TooMany, $"At most {MaxLocalLines} crisis lines; {lines.Count} were given.")],
            };
        }

        var problems = new List<Violation>();
        var created = new List<CrisisLine>(lines.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var position = i + 1;
            var (name, instruction, contact) = lines[i];
            var lineProblems = Check(position, name, instruction, contact, out var line);
            problems.AddRange(lineProblems);
            if (line is null)
            {
                continue;
            }

            if (!seen.Add(line.Contact))
            {
                problems.Add(new Violation(position, "contact.duplicate", "This contact is already in the list."));
                continue;
            }

            created.Add(line);
        }

        return problems.Count > 0
            ? Error.Rule(Invalid, "One or more crisis lines are not valid.") with { Violations = problems }
            : created.AsReadOnly();
    }

    private static List<Violation> Check(int? position, string? name, string? instruction, string? contact, out CrisisLine? line)
    {
        var problems = new List<Violation>();
        var trimmedName = name?.Trim() ?? "";
        var trimmedInstruction = instruction?.Trim() ?? "";
        if (trimmedName.Length is < 1 or > MaxNameLength)
        {
            problems.Add(new Violation(position, "name", $"The name must be 1 to {MaxNameLength} characters."));
        }

        if (trimmedInstruction.Length is < 1 or > MaxInstructionLength)
        {
            problems.Add(new Violation(position, "instruction", $"The instruction must be 1 to {MaxInstructionLength} characters."));
        }

        var canonical = CanonicalContact(contact);
        if (canonical is null)
        {
            problems.Add(new Violation(position, "contact",
                "The contact must be a tel: or sms: number (digits, an optional leading +, spaces or hyphens; sms: may add ?body=WORD) or an https:// address."));
        }

        line = problems.Count == 0 ? new CrisisLine(trimmedName, trimmedInstruction, canonical!, CrisisLineKind.Local) : null;
        return problems;
    }

    /// <summary>The contact with its scheme in lower case, or null when it is not an accepted form.</summary>
    private static string? CanonicalContact(string? contact)
    {
        var value = contact?.Trim();
        if (string.IsNullOrEmpty(value) || value.Any(char.IsControl))
        {
            return null;
        }

        if (value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            var number = value[4..];
            return IsPhoneNumber(number) ? "tel:" + WithoutSpaces(number) : null;
        }

        if (value.StartsWith("sms:", StringComparison.OrdinalIgnoreCase))
        {
            var rest = value[4..];
            var query = rest.IndexOf('?', StringComparison.Ordinal);
            var number = query < 0 ? rest : rest[..query];
            if (!IsPhoneNumber(number))
            {
                return null;
            }

            if (query < 0)
            {
                return "sms:" + WithoutSpaces(number);
            }

            var parameter = rest[(query + 1)..];
            const string body = "body=";
            if (!parameter.StartsWith(body, StringComparison.Ordinal))
            {
                return null;
            }

            var keyword = parameter[body.Length..];
            return keyword.Length is >= 1 and <= MaxKeywordLength && keyword.All(char.IsAsciiLetterOrDigit)
                ? $"sms:{WithoutSpaces(number)}?{body}{keyword}"
                : null;
        }

        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return value.Length <= MaxUrlLength
                   && !value.Any(char.IsWhiteSpace)
                   && Uri.TryCreate(value, UriKind.Absolute, out var uri)
                   && uri.Scheme == Uri.UriSchemeHttps
                   && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
                   && uri.Host.Length > 0
                   && uri.UserInfo.Length == 0
                ? "https://" + value["https://".Length..]
                : null;
        }

        return null;
    }

    private static string WithoutSpaces(string number) => number.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// Digits with an optional leading <c>+</c>, single spaces or hyphens only between digits, and 3 to 15 digits in all.
    /// </summary>
    private static bool IsPhoneNumber(string number)
    {
        var digits = 0;
        var previousWasSeparator = true; // a separator may not lead
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                previousWasSeparator = false;
            }
            else if (c == '+' && i == 0)
            {
                continue; // a leading plus; a separator may not follow it, since previousWasSeparator is still true
            }
            else if ((c == ' ' || c == '-') && !previousWasSeparator)
            {
                previousWasSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator && digits is >= MinDigits and <= MaxDigits;
    }
}
