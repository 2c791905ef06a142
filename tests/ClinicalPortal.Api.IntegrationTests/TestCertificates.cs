using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Self-signed PFX files for token signing and encryption, so several test hosts (instances) share keys.</summary>
public static class TestCertificates
{
    public const string Password = "test";

    /// <summary>Writes a new certificate to a temporary file and returns its path; the caller deletes it.</summary>
    public static string CreatePfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ClinicalPortal test signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(60)); // tests on a fake clock move weeks ahead
        var path = Path.Combine(Path.GetTempPath(), $"clinicalportal-test-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
