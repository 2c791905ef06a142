using AngleSharp.Dom;
using ClinicalPortal.Application.Common.Abstractions;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace ClinicalPortal.Infrastructure.Markdown;

/// <summary>
/// Markdown to safe HTML in two steps, each enough on its own for the common cases and together for the rest. Markdig
/// renders CommonMark with strikethrough, list and pipe-table extras and with raw HTML switched off (a tag someone typed
/// is shown as text); headings are kept to levels 2-4, below the page's own title. HtmlSanitizer then keeps only the
/// tags of that output that we show (paragraphs, emphasis, lists, headings 2-4, quotes, code, tables, line breaks and
/// links), no attribute but a link's <c>href</c>, and only absolute http, https and mailto links; every link gets
/// <c>rel="noopener noreferrer"</c>. Images are dropped (no tracking pixels in a client's homework). Both are safe to
/// share between threads once built: one instance serves the process.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseListExtras()
        .UsePipeTables()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(
                ["p", "br", "hr", "em", "strong", "del", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "pre", "a",
                    "table", "thead", "tbody", "tr", "th", "td"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        // Relative and protocol-relative links are dropped too: a module is shown on pages and in apps we do not know.
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (!IsAllowedAbsolute(e.SanitizedUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
    }

    public string ToSafeHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level, 2, 4);
        }

        return _sanitizer.Sanitize(document.ToHtml(_pipeline)).Trim();
    }

    private static bool IsAllowedAbsolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
