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

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
