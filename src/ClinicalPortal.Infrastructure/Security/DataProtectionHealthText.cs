using ClinicalPortal.Application.Common.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace ClinicalPortal.Infrastructure.Security;

/// <summary>
/// <see cref="IHealthTextProtector"/> over ASP.NET Core Data Protection (authenticated encryption, AES-256-CBC with
/// HMAC-SHA256 by default, keys rotated every 90 days and kept for decrypting older text), with a purpose of its own
/// so no other protected payload (cookies, tokens) can be read as health text or the other way round.
/// </summary>
public sealed class DataProtectionHealthText(IDataProtectionProvider provider) : IHealthTextProtector
{
    public const string Purpose = "ClinicalPortal.HealthText.v1";

    /// <summary>Every Data Protection payload begins with its magic header in base64url; text without it was stored in clear.</summary>
    public const string Header = "CfDJ8";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    /// <summary>
    /// The text of a payload; text stored in clear (before ADR 0014, or by an older instance during a rolling deploy,
    /// which <c>HealthTextBackfill</c> seals at the next start) is returned as it is rather than failing its reader.
    /// </summary>
    public string Unprotect(string protectedText) =>
        protectedText.StartsWith(Header, StringComparison.Ordinal) ? _protector.Unprotect(protectedText) : protectedText;
}
