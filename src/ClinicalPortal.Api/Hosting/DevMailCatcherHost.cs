using ClinicalPortal.Infrastructure.Messaging;

namespace ClinicalPortal.Api.Hosting;

/// <summary>Development without a mail server: a built-in catcher receives every e-mail over SMTP; /dev/mail shows them.</summary>
public static class DevMailCatcherHost
{
    public static void AddDevMailCatcherIfNeeded(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(builder.Configuration["Mail:Host"]))
        {
            return;
        }

        var catcher = MailCatcher.Start(builder.Configuration.GetValue("Mail:CatcherPort", 2525));
        builder.Services.AddSingleton(catcher);
        builder.Services.PostConfigure<MailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = catcher.Port;
            o.UseStartTls = false;
        });
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
