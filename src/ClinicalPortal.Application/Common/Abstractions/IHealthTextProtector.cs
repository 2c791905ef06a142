namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Encrypts free text of health records (reflections, homework answers, skip reasons, plan goals and notes) before it is
/// stored, and decrypts it for a reader in reach. The keys live in the database (shared by every instance) and are
/// themselves protected by a certificate outside Development, so a copy of the database alone never shows the text.
/// </summary>
public interface IHealthTextProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
