using System.Net.Sockets;
using System.Text.RegularExpressions;
using ClinicalPortal.DevTools.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Hosting;

/// <summary>
/// Development without an SMS provider: a built-in catcher speaks the provider API on 127.0.0.1:<c>Sms:CatcherPort</c>
/// (2526), or on a free port when that one is taken, and the <c>Sms:*</c> settings point at it; <c>/dev/sms</c> (and
/// <c>/dev/sms.json</c>) show what it caught. Nothing starts when <c>Sms:BaseUrl</c> names a provider.
/// </summary>
public static partial class DevSmsCatcherHost
{
    public const int DefaultPort = 2526;

    public static async Task AddDevSmsCatcherAsync(this WebApplicationBuilder builder, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Sms:BaseUrl"]))
        {
            return;
        }

        var catcher = await StartOnFreePortAsync(builder.Configuration.GetValue("Sms:CatcherPort", DefaultPort), logger);
        builder.Services.AddSingleton(catcher);
        builder.Configuration["Sms:BaseUrl"] = catcher.BaseUrl;
        builder.Configuration["Sms:Account"] = SmsCatcher.Account;
        builder.Configuration["Sms:Token"] = SmsCatcher.Token;
        builder.Configuration["Sms:From"] = SmsCatcher.From;
    }

    /// <summary>The requested port, or any free one when it is taken (said in the log, as the mail catcher does).</summary>
    public static async Task<SmsCatcher> StartOnFreePortAsync(int requested, ILogger logger)
    {
        if (requested == 0 || LocalMachine.IsLoopbackPortFree(requested))
        {
            try
            {
                var started = await SmsCatcher.StartAsync(requested);
                logger.LogInformation("SMS catcher listening on 127.0.0.1:{Port}; caught texts are shown at /dev/sms.", started.Port);
                return started;
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                // taken between the check and the start
            }
        }

        var catcher = await SmsCatcher.StartAsync();
        logger.LogWarning("Port {Port} is taken; the SMS catcher listens on port {ActualPort} instead.", requested, catcher.Port);
        return catcher;
    }

    public static void MapDevSms(this WebApplication app)
    {
        if (app.Services.GetService<SmsCatcher>() is not { } catcher)
        {
            return;
        }

        app.MapGet("/dev/sms", () => Results.Content(Page(catcher), "text/html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/dev/sms.json", () => Results.Json(catcher.Messages.Reverse().Select(t => new
        {
            t.Id, t.ReceivedAt, t.From, t.To, t.Text, t.IdempotencyKey,
        }))).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The caught texts, newest first, in plain words.</summary>
    public static string Page(SmsCatcher catcher)
    {
        var items = string.Join("", catcher.Messages.Reverse().Select(t =>
            $"<article><h2>To {Enc(t.To)}</h2><p>From {Enc(t.From)}, received {t.ReceivedAt:u}</p><p>{Linkify(Enc(t.Text))}</p></article>"));
        var empty = catcher.Messages.Count == 0 ? "<p>No text messages yet. An alert of the highest urgency texts each person it reaches who has a phone number on file.</p>" : "";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Text messages · ClinicalPortal (Development)</title>" +
               "<style>body{font-family:system-ui;max-width:50rem;margin:2rem auto}article{border-bottom:1px solid #ccc;padding:1rem 0}</style></head>" +
               $"<body><h1>Text messages (Development)</h1><p>{catcher.Messages.Count} text message(s) received on 127.0.0.1:{catcher.Port}. " +
               "Nothing here was sent to a phone.</p>" +
               $"{empty}{items}<p><a href=\"/dev/sms.json\">The same as JSON</a> · <a href=\"/dev/mail\">Mail</a></p></body></html>";
    }

    private static string Enc(string value) => System.Net.WebUtility.HtmlEncode(value);

    private static string Linkify(string encoded) => Link().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex Link();
}
