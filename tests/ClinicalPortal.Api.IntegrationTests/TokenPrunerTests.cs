using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Runs alone: a zero-retention pruner would race refreshes made by tests running beside it.</summary>
[CollectionDefinition(nameof(TokenPrunerTests), DisableParallelization = true)]
public sealed class TokenPrunerCollection;

[Collection(nameof(TokenPrunerTests))]
public sealed class TokenPrunerTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RedeemedRefreshTokens_ArePrunedFromTheDatabase()
    {
        var org = await app.CreateOrgAsync();
        // Tokens are issued and redeemed by the main host; the pruning host only prunes (same database).
        // With zero retention a pruner running in the middle of a refresh could remove the authorization
        // between the redeem and the new token; the production retention (15 days) rules that out.
        var first = await app.TokenAsync(org.ClinicianB.Email);
        using (var http = app.CreateClient())
        {
            var refreshed = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["client_id"] = "portal-cli", ["refresh_token"] = first.RefreshToken!,
            }), Ct);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        }

        const string redeemed = """SELECT count(*) FROM "OpenIddictTokens" t WHERE t.status = 'redeemed' AND t.subject = @s""";
        var subject = org.ClinicianB.Id.ToString();
        Assert.Equal(1, await app.CountAsync(redeemed, ("s", subject)));

        await using var pruning = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:PruneInterval", "00:00:00.300");
            builder.UseSetting("Auth:PruneRetention", "00:00:00");
        });
        _ = pruning.Server; // start it

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await app.CountAsync(redeemed, ("s", subject)) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        Assert.Equal(0, await app.CountAsync(redeemed, ("s", subject)));
        Assert.True(await app.CountAsync("""SELECT count(*) FROM "OpenIddictTokens" t WHERE t.status = 'valid' AND t.subject = @s""", ("s", subject)) >= 1);
    }
}
