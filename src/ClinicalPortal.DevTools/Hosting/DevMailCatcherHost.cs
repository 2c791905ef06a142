using System.Net.Sockets;
using ClinicalPortal.DevTools.Mail;
using ClinicalPortal.Infrastructure.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Hosting;

/// <summary>
/// Development without a mail server: a built-in catcher receives every e-mail over SMTP on <c>Smtp:CatcherPort</c>
/// (2525), or on a free port when that one is taken; <c>/dev/mail</c> shows what it caught.
/// </summary>
public static class DevMailCatcherHost
{
    public const int DefaultPort = 2525;

    public static void AddDevMailCatcher(this WebApplicationBuilder builder, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Smtp:Host"]))
        {
            return;
        }

        var requested = builder.Configuration.GetValue("Smtp:CatcherPort", DefaultPort);
        var catcher = StartOnFreePort(requested, logger);
        builder.Services.AddSingleton(catcher);
        builder.Services.PostConfigure<SmtpOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = catcher.Port;
            o.UseStartTls = false;
        });
    }

    /// <summary>The requested port, or any free one when it is taken (said in the log, as the PostgreSQL launcher does).</summary>
    public static MailCatcher StartOnFreePort(int requested, ILogger logger)
    {
        if (requested != 0 && !LocalMachine.IsLoopbackPortFree(requested))
        {
            var catcher = MailCatcher.Start();
            logger.LogWarning("Port {Port} is taken; the mail catcher listens on port {ActualPort} instead.", requested, catcher.Port);
            return catcher;
        }

        try
        {
            var started = MailCatcher.Start(requested);
            logger.LogInformation("Mail catcher listening on 127.0.0.1:{Port}; caught mail is shown at /dev/mail.", started.Port);
            return started;
        }
        catch (SocketException)
        {
            var catcher = MailCatcher.Start();
            logger.LogWarning("Port {Port} was taken; the mail catcher listens on port {ActualPort} instead.", requested, catcher.Port);
            return catcher;
        }
    }

    public static void MapDevMail(this WebApplication app)
    {
        if (app.Services.GetService<MailCatcher>() is not { } catcher)
        {
            return;
        }

        app.MapGet("/dev/mail", () =>
        {
            var items = string.Join("", catcher.Messages.Reverse().Select(m =>
                $"<article><h2>{Enc(m.Subject)}</h2><p><b>To:</b> {Enc(string.Join(", ", m.To))} · {m.ReceivedAt:u}</p>" +
                $"<pre>{Linkify(Enc(m.TextBody))}</pre></article>"));
            var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mail catcher · ClinicalPortal (Development)</title>" +
                       "<style>body{font-family:system-ui;max-width:50rem;margin:2rem auto}article{border-bottom:1px solid #ccc;padding:1rem 0}pre{white-space:pre-wrap}</style></head>" +
                       $"<body><h1>Mail catcher (Development)</h1><p>{catcher.Messages.Count} message(s) received over SMTP on 127.0.0.1:{catcher.Port}.</p>{items}</body></html>";
            return Results.Content(html, "text/html");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static string Enc(string value) => System.Net.WebUtility.HtmlEncode(value);

    private static string Linkify(string encoded) =>
        System.Text.RegularExpressions.Regex.Replace(encoded, @"https?://[^\s<]+", m => $"<a href=\"{m.Value}\">{m.Value}</a>");
}
