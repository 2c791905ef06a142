using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;

namespace ClinicalPortal.Domain.Organizations;

/// <summary>
/// A tenant: a clinic or practice. Every other record belongs to exactly one. It sets the country whose crisis lines
/// its clients see (a client may have its own), the local lines it adds to the national ones, and the escalation
/// policy its new alerts start with.
/// </summary>
public sealed class Organization
{
    public const string CountryUnsupported = "organization.country_unsupported";

    public const string DefaultCountry = "US";

    private Organization()
    {
        Name = string.Empty;
        Country = DefaultCountry;
        EscalationPolicy = EscalationPolicy.Default;
        LocalCrisisLines = [];
    }

    public OrganizationId Id { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, one of <see cref="CrisisLines.SupportedCountries"/>.</summary>
    public string Country { get; private set; }

    /// <summary>Lines the organisation adds (a local crisis team); the national lines of the country always stay.</summary>
    public IReadOnlyList<CrisisLine> LocalCrisisLines { get; private set; }

    public EscalationPolicy EscalationPolicy { get; private set; }

    /// <summary>When the care team is there and who is on call when; null until an administrator sets it.</summary>
    public Coverage? Coverage { get; private set; }

    /// <summary>
    /// What a member of staff whose own check-in is high is told about support (the organisation's employee assistance,
    /// occupational health, peer support); null: <see cref="Wellbeing.WellbeingSupport.Default"/>.
    /// </summary>
    public string? WellbeingSupport { get; private set; }

    public static Organization Create(string name, DateTimeOffset now, string country = DefaultCountry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var code = CrisisLines.Canonical(country)
                   ?? throw new ArgumentException($"No crisis lines are known for '{country}'.", nameof(country));
        return new Organization { Id = OrganizationId.New(), Name = name.Trim(), CreatedAt = now.ToStoredPrecision(), Country = code };
    }

    /// <summary>The country and the added lines, together (they are shown together).</summary>
    public Result<Unit> SetCrisisLines(string country, IReadOnlyList<CrisisLine> localLines)
    {
        if (CrisisLines.Canonical(country) is not { } code)
        {
            return Error.Rule(CountryUnsupported, $"No crisis lines are known for that country; supported: {string.Join(", ", CrisisLines.SupportedCountries.Order())}.");
        }

        Country = code;
        LocalCrisisLines = localLines.ToArray();
        return Unit.Value;
    }

    /// <summary>New alerts start with this policy; alerts already raised keep theirs.</summary>
    public void SetEscalationPolicy(EscalationPolicy policy) => EscalationPolicy = policy;

    public void SetCoverage(Coverage coverage) => Coverage = coverage;

    /// <summary>Sets the support text (trimmed; blank restores the default).</summary>
    public Result<Unit> SetWellbeingSupport(string? text)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: > Wellbeing.WellbeingSupport.MaxLength })
        {
            return Error.Rule(Wellbeing.WellbeingSupport.TooLong, $"The support text holds at most {Wellbeing.WellbeingSupport.MaxLength} characters.");
        }

        WellbeingSupport = trimmed;
        return Unit.Value;
    }
}
