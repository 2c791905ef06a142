using System.Net.Http.Json;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Calls and fixtures of the practice tests.</summary>
public static class PracticeApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Guid FriendLetter => ModuleLibrary.Find(ModuleLibrary.FriendLetter)!.Id.Value;

    public static Guid Break => ModuleLibrary.Find(ModuleLibrary.SelfCompassionBreak)!.Id.Value;

    /// <summary>A client's today in their zone (the test clients of CreateOrgAsync: A1 New York, A2 Chicago, B1 London).</summary>
    public static DateOnly TodayIn(string zone, DateTimeOffset? now = null) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now ?? DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object Daily(Guid module, DateOnly start, DateOnly end) =>
        new { moduleId = module, frequency = new { kind = "Daily" }, start = Iso(start), end = Iso(end) };

    public static Task<HttpResponseMessage> AssignAsync(this HttpClient clinician, Guid clientId, params object[] items) =>
        clinician.PostAsJsonAsync($"/api/v1/clients/{clientId}/practice-plans",
            new { goals = "Notice the inner critic and answer it kindly", noteToClient = "Five minutes is enough.", items }, Ct);

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, Guid taskId, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/me/homework/{taskId}/completion") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request, Ct);
    }

    /// <summary>Client A1's clinician assigns one module for today only; the client's one task of today.</summary>
    public static async Task<TodaysTask> TodaysTaskAsync(TestOrg org, Guid module)
    {
        var today = TodayIn("America/New_York");
        var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(module, today, today)).OkJsonAsync(System.Net.HttpStatusCode.Created);
        var client = await org.As(org.ClientA1);
        return new TodaysTask(clinician, client, await client.FirstTaskAsync());
    }

    /// <summary>The id of the first task the client's homework list shows (today's, by default).</summary>
    public static async Task<Guid> FirstTaskAsync(this HttpClient client, string query = "") =>
        (await client.GetAsync($"/api/v1/me/homework{query}", Ct).OkJsonAsync())[0].GetProperty("id").GetGuid();

    /// <summary>A ProblemDetails of the status, with the code given (if any) and an error on the field given (if any).</summary>
    public static async Task<System.Text.Json.JsonElement> ProblemAsync(
        this Task<HttpResponseMessage> call, System.Net.HttpStatusCode status, string? code = null, string? field = null)
    {
        var problem = await call.OkJsonAsync(status);
        if (code is not null)
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
        }

        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        return problem;
    }

    /// <summary>A friend-letter completion: the required letter, a rating, distress before and after, a reflection.</summary>
    public static object LetterDone(
        int before = 6, int after = 3, string letter = "Dear me, you did what you could.", string reflection = "Writing it made me cry, then calmer.") => new
    {
        responses = new object[]
        {
            new { stepId = "why", @checked = true },
            new { stepId = "letter", text = letter },
            new { stepId = "warmth", rating = 7 },
        },
        distressBefore = before,
        distressAfter = after,
        reflection,
    };
}
