using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The lockout holds under concurrency (failures are counted in one statement, so after the limit no further
/// password is checked), and a sign-in never tells whether an account exists: same answer, same time, an audit row.
/// </summary>
public sealed partial class LockoutTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<long> CheckedPasswordsAsync(Guid user) => app.CountAsync(
        "SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND actor_user_id = @u AND details->>'reason' = 'bad_password'", ("u", user));

    [Theory]
    [InlineData(100)]
    [InlineData(40)]
    public async Task ParallelWrongPasswords_AreCheckedFiveTimesAtMost_AndLeaveTheAccountLocked(int attempts)
    {
        var org = await app.CreateOrgAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, attempts)
            .Select(i => Task.Run(() => app.PasswordGrantAsync(org.ClinicianA.Email, $"Wrong!Password{i}"), Ct)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        Assert.Equal(5, await CheckedPasswordsAsync(org.ClinicianA.Id));
        Assert.Equal(attempts - 5, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND actor_user_id = @u AND details->>'reason' = 'locked_out'",
            ("u", org.ClinicianA.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PasswordGrantAsync(org.ClinicianA.Email, PortalApp.Password)).Status);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM users WHERE id = @u AND lockout_end > now()", ("u", org.ClinicianA.Id)));
    }

    [Fact]
    public async Task ACorrectPassword_WithinTheLimit_GivesTheAttemptsBack()
    {
        var org = await app.CreateOrgAsync();
        for (var i = 0; i < 4; i++)
        {
            await app.PasswordGrantAsync(org.ClinicianA.Email, "Wrong!Password1");
        }

        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(org.ClinicianA.Email, PortalApp.Password)).Status);
        Assert.Equal(0, await app.CountAsync("SELECT access_failed_count FROM users WHERE id = @u", ("u", org.ClinicianA.Id)));
        for (var i = 0; i < 4; i++)
        {
            await app.PasswordGrantAsync(org.ClinicianA.Email, "Wrong!Password1");
        }

        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(org.ClinicianA.Email, PortalApp.Password)).Status);
    }

    [Fact]
    public async Task AWrongPassword_TakesAsLongForAnUnknownAccount_AsForAKnownOne()
    {
        var org = await app.CreateOrgAsync();
        await app.PasswordGrantAsync("warm.up@test.clinic", "Wrong!Password1");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++) // four: a fifth failure would lock the account
        {
            known.Add(await TimeAsync(() => app.PasswordGrantAsync(org.ClinicianA.Email, "Wrong!Password1")));
            unknown.Add(await TimeAsync(() => app.PasswordGrantAsync($"nobody.{Guid.NewGuid():N}@test.clinic", "Wrong!Password1")));
        }

        // Before the dummy hash: ~40 ms against ~2 ms. Medians, so one slow request on a busy machine does not decide.
        var (k, u) = (Median(known), Median(unknown));
        Assert.True(u >= 0.5 * k, $"unknown account answered in {u:F1} ms, known in {k:F1} ms");
    }

    [Fact]
    public async Task LoginPage_AnEmptyPassword_TakesAsLongForAKnownAccount_AsForAnUnknownOne()
    {
        var org = await app.CreateOrgAsync();
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            known.Add(await TimeAsync(() => PostLoginAsync(org.ClinicianA.Email, "")));
            unknown.Add(await TimeAsync(() => PostLoginAsync($"nobody.{Guid.NewGuid():N}@test.clinic", "")));
        }

        // Both hash (the known account against its own hash, the unknown against a dummy): neither answers early.
        var (k, u) = (Median(known), Median(unknown));
        Assert.True(k >= 0.5 * u, $"known account answered in {k:F1} ms, unknown in {u:F1} ms");
    }

    /// <summary>A sign-in through the login page (fetching the form, then posting it: the same work on both sides).</summary>
    private async Task PostLoginAsync(string email, string password)
    {
        using var browser = new BrowserSession(app);
        await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    [Fact]
    public async Task LoginPage_WithAnEmptyPasswordOrEmail_AnswersLikeAnyWrongPassword_AndIsAudited()
    {
        var org = await app.CreateOrgAsync();
        var answers = new List<string>();
        foreach (var (email, password) in new[]
                 {
                     (org.ClinicianA.Email, ""), ($"nobody.{org.Tag}@test.clinic", ""), ("", ""), ("", "x"),
                     ($"nobody.{org.Tag}@test.clinic", "Wrong!Password1"), (org.ClinicianA.Email, "Wrong!Password1"),
                 })
        {
            using var browser = new BrowserSession(app);
            var response = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(Alert().Match(await response.Content.ReadAsStringAsync(Ct)).Value);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("The e-mail or password is wrong.", answers[0], StringComparison.Ordinal);
        Assert.Equal(2, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND actor_user_id = @u AND outcome = 'Denied'", ("u", org.ClinicianA.Id)));
        Assert.True(await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'auth.login' AND actor_client_app = 'login-page' AND details->>'reason' = 'missing_credentials'") >= 3);

        // A form value no browser sends (a NUL byte) is refused before anything is looked up: a 400, never a 500.
        using var raw = new BrowserSession(app);
        var nul = await raw.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = "bad\0name@test.clinic", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
    }

    [Fact]
    public async Task LoginPage_SignsInAndLandsOnAPageOfTheirOwn_NotTheApiReference()
    {
        var org = await app.CreateOrgAsync();
        using var browser = new BrowserSession(app);
        var signedIn = await browser.SubmitFormAsync("/account/login",
            new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location!.ToString());
        var page = await browser.Http.GetAsync("/account", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Clinician A " + org.Tag, html, StringComparison.Ordinal);
        Assert.Contains("Clinic " + org.Tag, html, StringComparison.Ordinal);
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("<div class=\"error\" role=\"alert\">[^<]*</div>")]
    private static partial Regex Alert();
}
