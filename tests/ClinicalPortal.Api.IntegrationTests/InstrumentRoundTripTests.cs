using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Every instrument in the library can be submitted, stored and read back through the real database.</summary>
public sealed class InstrumentRoundTripTests(PortalApp app)
{
    public static TheoryData<string> Codes => [.. InstrumentLibrary.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Instrument_SubmitsAndReadsBack_WithTheLowestAnswers(string code)
    {
        InstrumentLibrary.TryGet(code, out var instrument);
        var answers = LowestValidAnswers(instrument!);
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = code, answers }, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        var stored = await response.ReadJsonAsync();

        var series = await (await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments?instrument={code}", ct)).ReadJsonAsync();
        var read = Assert.Single(series.EnumerateArray());
        Assert.Equal(stored.GetProperty("id").GetGuid(), read.GetProperty("id").GetGuid());
        Assert.Equal(stored.GetProperty("total").ToString(), read.GetProperty("total").ToString());
        Assert.Equal(stored.GetProperty("subscales").ToString(), read.GetProperty("subscales").ToString());
        Assert.Equal(instrument!.Version, read.GetProperty("instrumentVersion").GetString());
        Assert.Equal(answers, read.GetProperty("answers").EnumerateArray().Select(a => a.ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : a.GetInt32()));
    }

    /// <summary>Each item's lowest option; items that skip logic leaves unasked stay empty.</summary>
    private static int?[] LowestValidAnswers(InstrumentDefinition instrument)
    {
        var answers = instrument.Items.Select(i => (int?)i.MinValue).ToArray();
        if (instrument.MissingAnswers is SkipLogicRule skip)
        {
            foreach (var condition in skip.Conditions.Where(c => answers[c.GateItem - 1] != c.GateValue))
            {
                foreach (var item in condition.DependentItems)
                {
                    answers[item - 1] = null;
                }
            }
        }

        return answers;
    }
}
