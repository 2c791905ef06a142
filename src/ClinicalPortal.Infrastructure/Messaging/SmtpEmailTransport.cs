using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClinicalPortal.Infrastructure.Messaging;

public sealed class SmtpEmailTransport(IOptions<MailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        if (string.IsNullOrWhiteSpace(mail.Host))
        {
            throw new InvalidOperationException("Mail:Host is not configured.");
        }

        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(mail.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(mail.Host, mail.Port,
            mail.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await smtp.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
