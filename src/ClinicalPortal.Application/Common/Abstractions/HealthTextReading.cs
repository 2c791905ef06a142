using System.Security.Cryptography;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Reading health text where a crisis is worked: an entry this server cannot decrypt (its key ring lost or
/// misconfigured, a tampered row) is shown as a notice instead of failing the whole request, so the alert can still be
/// acknowledged and resolved and the client still sees the crisis lines. Elsewhere a failure to decrypt stays an error.
/// </summary>
public static class HealthTextReading
{
    public const string Unreadable = "(This text cannot be read now: its encryption key is not available to this server. Tell your administrator.)";

    public static string UnprotectOrNotice(this IHealthTextProtector text, string protectedText)
    {
        try
        {
            return text.Unprotect(protectedText);
        }
        catch (CryptographicException)
        {
            return Unreadable;
        }
    }
}
