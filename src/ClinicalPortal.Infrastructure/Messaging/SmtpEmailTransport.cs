using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// SMTP over MailKit, one connection per scope (per outbox batch): opened by the first e-mail, reused by the rest,
/// closed with the scope. A connection that fails is dropped, and the next e-mail of the batch connects afresh once;
/// if that fails too, the batch's remaining e-mail fails at once rather than waiting out a timeout each.
/// </summary>
public sealed class SmtpEmailTransport(IOptions<SmtpOptions> options) : IEmailTransport, IAsyncDisposable
{
    private SmtpClient? _connection;
    private Exception? _unreachable;
    private int _failedConnects;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };

        var connection = await ConnectAsync(smtp, cancellationToken);
        try
        {
            await connection.SendAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !connection.IsConnected)
        {
            // The server went away mid-batch: the next message connects again.
            connection.Dispose();
            _connection = null;
            throw;
        }
    }

    private async Task<SmtpClient> ConnectAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        if (_connection is { IsConnected: true } open)
        {
            return open;
        }

        if (_unreachable is not null)
        {
            throw new SmtpUnreachableException(_unreachable);
        }

        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Smtp:Host is not configured.");
        }

        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            client.Dispose();
            if (++_failedConnects >= 2)
            {
                _unreachable = ex;
            }

            throw new SmtpUnreachableException(ex);
        }

        _connection = client;
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not { } connection)
        {
            return;
        }

        _connection = null;
        try
        {
            if (connection.IsConnected)
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await connection.DisconnectAsync(quit: true, quit.Token);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The mail was sent; a failed QUIT changes nothing.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
