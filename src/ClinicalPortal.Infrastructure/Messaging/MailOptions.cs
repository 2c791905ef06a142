namespace ClinicalPortal.Infrastructure.Messaging;

public sealed class MailOptions
{
    /// <summary>SMTP server. Empty in Development: the built-in mail catcher is started and used.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ClinicalPortal <no-reply@clinicalportal.local>";
    /// <summary>How often the outbox is polled for mail to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
