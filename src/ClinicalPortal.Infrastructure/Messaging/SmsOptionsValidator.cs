using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// Checked at start-up (ValidateOnStart): the SMS settings are complete or absent, the address is an absolute http(s)
/// address, and the timeout is sensible. A half-configured provider would otherwise fail at the first Imminent alert.
/// </summary>
public sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public const int MaxTimeoutSeconds = 120;

    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        var settings = new (string Key, string? Value)[]
        {
            ("Sms:BaseUrl", options.BaseUrl), ("Sms:Account", options.Account), ("Sms:Token", options.Token), ("Sms:From", options.From),
        };
        var missing = settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key).ToList();
        if (missing.Count == settings.Length)
        {
            return ValidateOptionsResult.Success; // not configured: texts wait in the outbox
        }

        var failures = new List<string>();
        if (missing.Count > 0)
        {
            failures.Add($"The SMS provider is only partly configured: {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing. " +
                          "Set all of Sms:BaseUrl, Sms:Account, Sms:Token and Sms:From, or none of them (texts then wait in the outbox).");
        }

        if (!string.IsNullOrWhiteSpace(options.BaseUrl)
            && !(Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add("Sms:BaseUrl must be an absolute http or https address, e.g. https://sms.example.com/.");
        }

        if (options.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            failures.Add($"Sms:TimeoutSeconds must be between 1 and {MaxTimeoutSeconds}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
