using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// Before any timing: the floor answers as the API does in the cases its own code decides (no token, a forged
/// signature, another client's record, the clinician and the client submitting). A floor that let more through
/// than the API, or less, would not be a floor of the same work; the run stops if any answer differs.
/// </summary>
internal static class FloorChecks
{
    public static async Task<IReadOnlyList<(string Name, string Value)>> RunAsync(
        PortalHttp api, PortalHttp floor, SeededOrganization org, CancellationToken ct)
    {
        var results = new List<(string, string)>();
        async Task ExpectAsync(string name, AuthenticationHeaderValue? token, Guid clientId, HttpStatusCode expected)
        {
            var fromApi = await api.SubmitOnceAsync(token, clientId, ct);
            var fromFloor = await floor.SubmitOnceAsync(token, clientId, ct);
            var text = string.Create(CultureInfo.InvariantCulture, $"floor {(int)fromFloor}, API {(int)fromApi}");
            if (fromApi != expected || fromFloor != expected)
            {
                throw new InvalidOperationException($"Floor check '{name}' failed: expected {(int)expected} from both, got {text}.");
            }

            results.Add(("floor check: " + name, text));
        }

        var own = api.Token(0);
        var first = org.Clients[0].ClientId;
        await ExpectAsync("no token", null, first, HttpStatusCode.Unauthorized);
        await ExpectAsync("forged signature", Forged(own), first, HttpStatusCode.Unauthorized);
        if (org.Clients.Count > 1)
        {
            // Client 0's token for client 1's record: the reach condition in the INSERT ... SELECT finds no row.
            await ExpectAsync("other client's id", own, org.Clients[1].ClientId, HttpStatusCode.NotFound);
        }

        await ExpectAsync("clinician submits", await api.SignInOneAsync(org.ClinicianEmail, ct), first, HttpStatusCode.Created);
        await ExpectAsync("client submits", own, first, HttpStatusCode.Created);
        return results;
    }

    /// <summary>The same token with one character of its signature changed (in the middle: the last one may be padding bits).</summary>
    private static AuthenticationHeaderValue Forged(AuthenticationHeaderValue token)
    {
        var value = token.Parameter ?? "";
        var index = value.LastIndexOf('.') + 10;
        var chars = value.ToCharArray();
        chars[index] = chars[index] == 'A' ? 'B' : 'A';
        return new AuthenticationHeaderValue(token.Scheme, new string(chars));
    }
}
