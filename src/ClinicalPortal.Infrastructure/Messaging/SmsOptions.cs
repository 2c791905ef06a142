namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// The HTTP SMS provider (section <c>Sms</c>): all of <see cref="BaseUrl"/>, <see cref="Account"/>, <see cref="Token"/>
/// and <see cref="From"/>, or none (texts then wait in the outbox); a partial configuration stops the start-up
/// (<see cref="SmsOptionsValidator"/>). Empty in Development: the built-in SMS catcher is started and used.
/// </summary>
public sealed class SmsOptions
{
    /// <summary>The provider's API root, e.g. <c>https://sms.example.com/</c>; texts are posted to <c>v1/accounts/{Account}/messages</c> under it.</summary>
    public string? BaseUrl { get; set; }

    public string? Account { get; set; }

    /// <summary>The API token, sent as a bearer token. A secret: from the environment or a secret store, never a file in the repository.</summary>
    public string? Token { get; set; }

    /// <summary>The sender the recipient sees: a number in E.164 form or a registered sender name.</summary>
    public string? From { get; set; }

    /// <summary>How long one send may take before it counts as the provider being unavailable (1 to 120 s).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);
}
