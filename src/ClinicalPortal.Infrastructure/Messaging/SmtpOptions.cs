namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>The SMTP relay (section <c>Smtp</c>). Empty host in Development: the built-in mail catcher is started and used.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ClinicalPortal <no-reply@clinicalportal.local>";

    /// <summary>How long one SMTP operation may take before the connection is given up (the batch's remaining mail waits for the next poll).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
