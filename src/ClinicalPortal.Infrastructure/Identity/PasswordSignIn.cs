using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>
/// Password sign-in for the token endpoint and the login page, with a lockout that holds under concurrency and
/// answers that do not tell whether an account exists.
/// <list type="bullet">
/// <item>Each attempt first takes one of the <see cref="AuthOptions.MaxFailedLogins"/> attempts in one UPDATE
/// statement (the row lock serialises concurrent attempts; the one that takes the last attempt also sets the
/// lockout). Only an attempt that got one has its password checked, so after the limit no further password is
/// checked, whatever the concurrency. A correct password gives the attempts back.</item>
/// <item>When the account is unknown, locked out or disabled, the password is hashed against a dummy hash anyway,
/// so every answer costs the same time as a real check.</item>
/// <item>Input that could never be an e-mail (empty, too long, control characters) is not looked up at all.</item>
/// </list>
/// </summary>
public sealed class PasswordSignIn(
    PortalDbContext db, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly PortalUser DummyUser = new() { Id = Guid.Empty, UserName = "dummy" };
    private static string? _dummyHash;

    public async Task<SignInAttempt> CheckAsync(string? email, string? password, CancellationToken ct)
    {
        password ??= string.Empty;
        var user = IsPlausibleEmail(email) ? await users.FindByEmailAsync(email!.Trim()) : null;
        if (user is null)
        {
            HashAgainstDummy(password);
            return new SignInAttempt(SignInVerdict.WrongCredentials, null);
        }

        if (user.DisabledAt is not null)
        {
            HashAgainstDummy(password);
            return new SignInAttempt(SignInVerdict.Disabled, user);
        }

        if (!await TakeAttemptAsync(user.Id, ct))
        {
            HashAgainstDummy(password);
            return new SignInAttempt(SignInVerdict.LockedOut, user);
        }

        // Hashed whatever the input (an empty password, an invited login without a password yet): equal time.
        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash(), password);
        var correct = password.Length > 0 && user.PasswordHash is not null && verdict != PasswordVerificationResult.Failed;
        if (!correct)
        {
            return new SignInAttempt(SignInVerdict.WrongCredentials, user);
        }

        await db.Database.ExecuteSqlAsync(
            $"UPDATE users SET access_failed_count = 0, lockout_end = NULL WHERE id = {user.Id}", ct);
        return new SignInAttempt(SignInVerdict.Succeeded, user);
    }

    /// <summary>Whether the login may be used now: it exists, is not disabled and not locked out (refresh, authorize).</summary>
    public async Task<SignInVerdict> CheckStandingAsync(PortalUser user)
    {
        if (user.DisabledAt is not null)
        {
            return SignInVerdict.Disabled;
        }

        return await users.IsLockedOutAsync(user) ? SignInVerdict.LockedOut : SignInVerdict.Succeeded;
    }

    /// <summary>Takes one attempt, atomically; false when none is left (locked out). The last attempt sets the lockout.</summary>
    private async Task<bool> TakeAttemptAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.LockoutDuration;
        var max = options.Value.MaxFailedLogins;
        var taken = await db.Database.ExecuteSqlAsync($"""
            UPDATE users SET
                access_failed_count = CASE WHEN lockout_enabled AND access_failed_count + 1 >= {max} THEN 0 ELSE access_failed_count + 1 END,
                lockout_end = CASE WHEN lockout_enabled AND access_failed_count + 1 >= {max} THEN {until} ELSE lockout_end END
            WHERE id = {userId} AND (NOT lockout_enabled OR lockout_end IS NULL OR lockout_end <= {now})
            """, ct);
        return taken == 1;
    }

    private void HashAgainstDummy(string password) => _ = hasher.VerifyHashedPassword(DummyUser, DummyHash(), password);

    private string DummyHash() =>
        _dummyHash ??= hasher.HashPassword(DummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    private static bool IsPlausibleEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 254 && !email.Any(char.IsControl);
}
