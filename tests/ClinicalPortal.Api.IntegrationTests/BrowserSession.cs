using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A cookie-keeping client that does not follow redirects, to walk the login and authorization pages like a browser.</summary>
public sealed partial class BrowserSession(PortalApp app) : IDisposable
{
    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A session signed in as the person through the real login page.</summary>
    public static async Task<BrowserSession> SignedInAsync(PortalApp app, Person person)
    {
        var session = new BrowserSession(app);
        var signedIn = await session.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = person.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    /// <summary>GETs a page with a form and posts it back with its antiforgery token and the given fields.</summary>
    public Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IDictionary<string, string> fields) => SubmitFormAsync(pageUrl, pageUrl, fields);

    /// <summary>GETs a page and posts one of its forms to <paramref name="action"/> (a page handler, e.g. <c>?handler=Note</c>).</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await Http.GetAsync(pageUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await PostFormAsync(await page.Content.ReadAsStringAsync(Ct), action, fields);
    }

    /// <summary>Posts the form of a page already read (<paramref name="html"/>, e.g. a form sent back) with its token, its hidden fields and the given fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string html, string action, IDictionary<string, string> fields)
    {
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "the page has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        foreach (Match hidden in HiddenField().Matches(html))
        {
            form.TryAdd(hidden.Groups[1].Value, WebUtility.HtmlDecode(hidden.Groups[2].Value));
        }

        return await Http.PostAsync(action, new FormUrlEncodedContent(form), Ct);
    }

    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return (verifier, challenge);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("type=\"hidden\"[^>]*?name=\"([\\w\\[\\].]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
