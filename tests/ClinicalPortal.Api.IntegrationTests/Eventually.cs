using System.Diagnostics;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Waits for something a background worker or another request makes true, failing the test if it does not come.</summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(20);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"the condition did not come true within {limit.TotalSeconds} s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
