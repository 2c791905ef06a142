namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Turns the Markdown that module authors write into HTML that is safe to put in a page as it is: raw HTML is shown as
/// text, and the result keeps only a short list of harmless tags and http, https and mailto links. Callers never
/// sanitise again and never render Markdown any other way.
/// </summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}
