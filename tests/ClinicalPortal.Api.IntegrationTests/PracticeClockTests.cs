using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.DevTools.Mail;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Homework over days on a fake clock: missed and late, adherence figures, the daily digest exactly once.</summary>
public sealed class PracticeClockTests(PortalApp app)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The instant of a local time in New York (client A1's zone).</summary>
    private static DateTimeOffset InNewYork(DateOnly day, int hour, int minute = 0, int second = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute, second)), NewYork), TimeSpan.Zero);

    [Fact]
    public async Task AMissedTask_CanBeDoneLate_AndAdherenceCountsDoneSkippedAndMissed_AsComputedByHand()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        var day0 = TodayIn("America/New_York", portal.Clock.GetUtcNow());
        using var clinician = await portal.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, day0, day0.AddDays(4))).OkJsonAsync(HttpStatusCode.Created);
        using var client = await portal.As(org.ClientA1);
        var tasks = (await client.GetAsync($"/api/v1/me/homework?from={Iso(day0)}&to={Iso(day0.AddDays(4))}", Ct).OkJsonAsync())
            .EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(5, tasks.Count);

        await client.CompleteAsync(tasks[0], LetterDone(before: 6, after: 3)).OkJsonAsync();           // day 0: done, 6 -> 3
        portal.Clock.SetUtcNow(InNewYork(day0.AddDays(1), 9));
        await client.PostAsJsonAsync($"/api/v1/me/homework/{tasks[1]}/skip", new { reason = "tired" }, Ct).OkJsonAsync(); // day 1: skipped
        portal.Clock.SetUtcNow(InNewYork(day0.AddDays(3), 9));                                            // day 2 closes unanswered
        var day2 = (await client.GetAsync($"/api/v1/me/homework?from={Iso(day0.AddDays(2))}&to={Iso(day0.AddDays(2))}", Ct).OkJsonAsync())[0];
        Assert.Equal("Missed", day2.GetProperty("status").GetString());
        await client.CompleteAsync(tasks[3], LetterDone(before: 8, after: 4)).OkJsonAsync();            // day 3: done, 8 -> 4
        await client.CompleteAsync(tasks[4], LetterDone()).ProblemAsync(HttpStatusCode.BadRequest, "homework.not_yet_open");

        // Done 2 (days 0, 3), skipped 1, missed 1 (day 2), day 4 still to come: 2 / 4 = 0.5. Distress change (6-3 + 8-4) / 2
        // = 3.5 from 2 completions, for the module and for each of its components (self-kindness, common humanity).
        // Streaks of days with every task done: day 3 alone (day 2 broke it), and no longer run: 1 and 1.
        var adherence = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/adherence?from={Iso(day0)}&to={Iso(day0.AddDays(4))}", Ct).OkJsonAsync();
        var overall = adherence.GetProperty("overall");
        Assert.Equal((2, 1, 1, 4, 0.5m), (overall.GetProperty("done").GetInt32(), overall.GetProperty("skipped").GetInt32(),
            overall.GetProperty("missed").GetInt32(), overall.GetProperty("counted").GetInt32(), overall.GetProperty("rate").GetDecimal()));
        Assert.Equal((1, 1), (adherence.GetProperty("currentStreak").GetInt32(), adherence.GetProperty("longestStreak").GetInt32()));
        var change = Assert.Single(adherence.GetProperty("modules").EnumerateArray()).GetProperty("distressChange");
        Assert.Equal((3.5m, 2), (change.GetProperty("mean").GetDecimal(), change.GetProperty("completions").GetInt32()));
        Assert.Equal(["SelfKindness:3.5:2", "CommonHumanity:3.5:2"], adherence.GetProperty("components").EnumerateArray().Select(c =>
            $"{c.GetProperty("component").GetString()}:{c.GetProperty("distressChange").GetProperty("mean").GetDecimal()}:{c.GetProperty("distressChange").GetProperty("completions").GetInt32()}"));

        // The missed day done late: Done, and marked late.
        var late = await client.CompleteAsync(tasks[2], LetterDone()).OkJsonAsync();
        Assert.Equal(("Done", true), (late.GetProperty("status").GetString(), late.GetProperty("late").GetBoolean()));
    }

    [Fact]
    public async Task TheDailyDigest_GoesOutFromEightInTheClientsZone_OncePerDay_OnAnyInstance_AndSaysNothingOfThePractice()
    {
        var mail = MailCatcher.Start();
        await using var _ = mail;
        await using var portal = await ClockedPortal.StartAsync(app, smtpPort: mail.Port);
        await using var second = await ClockedPortal.StartAsync(app, sameDatabaseAs: portal, smtpPort: mail.Port);
        var org = await portal.CreateOrgAsync();
        var today = TodayIn("America/New_York", portal.Clock.GetUtcNow());
        using var clinician = await portal.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today.AddDays(3))).OkJsonAsync(HttpStatusCode.Created);

        // The next 08:00 in New York with homework that day.
        var day = InNewYork(today, 8) > portal.Clock.GetUtcNow() ? today : today.AddDays(1);
        portal.Clock.SetUtcNow(InNewYork(day, 7, 59, 59));
        Assert.Equal(0, await portal.RemindAsync());
        portal.Clock.SetUtcNow(InNewYork(day, 8));
        Assert.Equal(1, await portal.RemindAsync());
        Assert.Equal(0, await portal.RemindAsync());
        Assert.Equal(0, await second.RemindAsync());
        Assert.Equal(1, await portal.DispatchAsync());

        var message = await mail.WaitForAsync(m => m.To.Contains(org.ClientA1.Email), TimeSpan.FromSeconds(20));
        Assert.Single(mail.Messages);
        Assert.Equal([org.ClientA1.Email], message.To);
        Assert.Equal("ClinicalPortal: your practice for today", message.Subject);
        Assert.DoesNotContain("friend", message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ann", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await portal.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'homework.digest_queue' AND actor_client_app = 'system:reminders' AND organization_id = @o AND details->>'queued' = '1'",
            ("o", org.Id)));

        // The next day: a digest again, unless the day's homework is already done when it would go out.
        portal.Clock.SetUtcNow(InNewYork(day.AddDays(1), 8));
        Assert.Equal(1, await portal.RemindAsync());
        using var client = await portal.As(org.ClientA1);
        var task = (await client.GetAsync($"/api/v1/me/homework?from={Iso(day.AddDays(1))}&to={Iso(day.AddDays(1))}", Ct).OkJsonAsync())[0].GetProperty("id").GetGuid();
        await client.CompleteAsync(task, LetterDone()).OkJsonAsync();
        Assert.Equal(1, await portal.DispatchAsync());
        await Task.Delay(500, Ct);
        Assert.Single(mail.Messages);
    }
}
