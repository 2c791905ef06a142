using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// The Data Protection key ring lives in the database (every instance shares it); outside Development and Testing its
/// keys are encrypted with a certificate from configuration (<c>DataProtection:CertificatePath</c>, <c>:CertificatePassword</c>),
/// so a copy of the database alone decrypts neither cookies nor the health text encrypted with those keys. Earlier
/// certificates can be listed for reading keys written before a rotation (<c>DataProtection:PreviousCertificatePaths</c>).
/// </summary>
public static class KeyRingProtection
{
    public static void AddKeyRingProtection(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("DataProtection");
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment(OpenIddictSetup.TestingEnvironment))
            {
                return; // keys in the database, unencrypted: a developer's or a test's own database
            }

            throw new InvalidOperationException(
                "DataProtection:CertificatePath is not set. Outside Development the key ring in the database must be protected by a certificate every instance has.");
        }

        var password = section["CertificatePassword"];
        var current = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        var previous = section.GetSection("PreviousCertificatePaths").Get<string[]>() ?? [];
        builder.Services.AddDataProtection()
            .ProtectKeysWithCertificate(current)
            .UnprotectKeysWithAnyCertificate([current, .. previous.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, password, X509KeyStorageFlags.EphemeralKeySet))]);
    }
}
