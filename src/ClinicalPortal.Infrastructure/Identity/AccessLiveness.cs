using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>
/// Whether an access token that is validly signed and unexpired is still alive: its token entry and its grant
/// (authorization) are not revoked, and its account exists, is not disabled and not locked out. One query answers
/// all of it; the answer is kept for <see cref="AuthOptions.AccessCheckInterval"/> per token, so revocation,
/// lockout, deactivation and discharge end access within that time on every instance (the state lives in the
/// database, the cache only delays reading it), at the cost of one small query per token per interval.
/// </summary>
public sealed class AccessLiveness(IMemoryCache cache, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>The principal's facts that liveness depends on, as read from the token.</summary>
    public readonly record struct TokenFacts(string? TokenId, string? AuthorizationId, Guid? UserId);

    public async ValueTask<bool> IsAliveAsync(PortalDbContext db, TokenFacts facts, CancellationToken ct)
    {
        if (facts.TokenId is null && facts.UserId is null)
        {
            return false; // nothing to check against: not one of our tokens
        }

        var key = (Kind: nameof(AccessLiveness), facts);
        if (cache.TryGetValue(key, out bool alive))
        {
            return alive;
        }

        alive = await QueryAsync(db, facts, ct);
        cache.Set(key, alive, clock.GetUtcNow() + options.Value.AccessCheckInterval);
        return alive;
    }

    private async Task<bool> QueryAsync(PortalDbContext db, TokenFacts facts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var row = await db.Database.SqlQuery<LivenessRow>($"""
            SELECT
                (SELECT t.status FROM "OpenIddictTokens" t WHERE t.id = {facts.TokenId}) AS token_status,
                (SELECT a.status FROM "OpenIddictAuthorizations" a WHERE a.id = {facts.AuthorizationId}) AS authorization_status,
                (SELECT u.disabled_at IS NULL AND (u.lockout_end IS NULL OR u.lockout_end <= {now})
                 FROM users u WHERE u.id = {facts.UserId}) AS account_usable
            """).SingleAsync(ct);
        var tokenOk = facts.TokenId is null || row.TokenStatus == Statuses.Valid;
        var grantOk = facts.AuthorizationId is null || row.AuthorizationStatus == Statuses.Valid;
        var accountOk = facts.UserId is null || row.AccountUsable == true;
        return tokenOk && grantOk && accountOk;
    }

    /// <summary>Mapped by the snake_case naming convention (token_status, ...).</summary>
    private sealed record LivenessRow(string? TokenStatus, string? AuthorizationStatus, bool? AccountUsable);
}
