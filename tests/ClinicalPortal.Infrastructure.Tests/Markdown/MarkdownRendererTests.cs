using AngleSharp.Html.Parser;
using ClinicalPortal.Infrastructure.Markdown;

namespace ClinicalPortal.Infrastructure.Tests.Markdown;

/// <summary>Module Markdown comes out as HTML a page can show as it is: what authors mean renders, nothing runs.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void OrdinaryMarkdown_Renders()
    {
        var html = Renderer.ToSafeHtml("""
            ## Before you start

            Take *a breath* and **notice** how you feel. ~~Rush~~ Go slowly.

            - one
            - two

            1. first
            2. second

            > A quote.

            Use `code` or:

                a block

            | a | b |
            |---|---|
            | 1 | 2 |

            [Read more](https://example.org/self-compassion) or [write](mailto:team@example.org).
            """);

        Assert.Contains("<h2>Before you start</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<em>a breath</em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>notice</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<del>Rush</del>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<code>code</code>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>a block", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://example.org/self-compassion" rel="noopener noreferrer">Read more</a>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="mailto:team@example.org" rel="noopener noreferrer">write</a>""", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Top", "<h2>Top</h2>")]
    [InlineData("###### Deep", "<h4>Deep</h4>")]
    public void Headings_StayBelowThePageTitle(string markdown, string expected) =>
        Assert.Equal(expected, Renderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("Hello <script>alert('x')</script> world")]
    [InlineData("```\n</code></pre><script>alert('x')</script>\n```")]
    public void ScriptTags_AreShownAsText_NeverAsElements(string markdown)
    {
        var html = Renderer.ToSafeHtml(markdown);
        AssertSafe(html);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](  javascript:alert(1) )")]
    [InlineData("[click](java&#115;cript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](//evil.example/x)")]
    [InlineData("[click](/relative/path)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click]\n\n[click]: javascript:alert(1)")]
    public void UnsafeLinks_LoseTheirTarget(string markdown)
    {
        var html = Renderer.ToSafeHtml(markdown);
        AssertSafe(html);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](https://example.org/x.png \"t\" onerror=alert(1))")]
    [InlineData("![x](https://example.org/x.png)")]
    [InlineData("[x](https://example.org/\"onmouseover=\"alert(1))")]
    [InlineData("<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">x</p>")]
    public void EventAttributes_StylesAndImages_NeverReachThePage(string markdown) => AssertSafe(Renderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("<b>bold</b> <iframe src=\"https://example.org\"></iframe>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("<div>block</div>", "&lt;div&gt;block&lt;/div&gt;")]
    [InlineData("<!-- hidden -->", "&lt;!-- hidden --&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    public void RawHtml_IsShownAsText(string markdown, string shown)
    {
        var html = Renderer.ToSafeHtml(markdown);
        AssertSafe(html);
        Assert.Contains(shown, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void NothingToShow_IsAnEmptyString(string markdown) => Assert.Equal("", Renderer.ToSafeHtml(markdown));

    [Fact]
    public void ManyThreads_ShareOneRenderer()
    {
        var results = Enumerable.Range(0, 64).AsParallel().Select(i => Renderer.ToSafeHtml($"**{i}** [x](https://example.org/{i})")).ToList();
        Assert.All(results.Select((html, i) => (html, i)), r =>
            Assert.Equal($"""<p><strong>{r.i}</strong> <a href="https://example.org/{r.i}" rel="noopener noreferrer">x</a></p>""", r.html));
    }

    private static readonly HashSet<string> Tags =
        ["p", "br", "hr", "em", "strong", "del", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "pre", "a", "table", "thead", "tbody", "tr", "th", "td"];

    /// <summary>Read as a browser would: only the allowed elements, no attribute but a link's href and rel, every href http(s) or mailto.</summary>
    private static void AssertSafe(string html)
    {
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, Tags);
            foreach (var attribute in element.Attributes)
            {
                Assert.True(element.LocalName == "a" && attribute.Name is "href" or "rel", $"attribute {attribute.Name} on {element.LocalName}: {html}");
                if (attribute.Name == "href")
                {
                    Assert.Matches("^(https?://|mailto:)", attribute.Value);
                }
            }
        }
    }
}
