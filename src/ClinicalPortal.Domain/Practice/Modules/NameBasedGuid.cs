using System.Security.Cryptography;
using System.Text;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Name-based UUIDs, version 5 (SHA-1), as RFC 9562 section 5.5 (formerly RFC 4122 section 4.3) defines them: the same
/// namespace and name give the same id on every machine, so a seed can insert or find the built-in modules by id.
/// SHA-1 here makes an identifier, not a security guarantee.
/// </summary>
internal static class NameBasedGuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

#pragma warning disable CA5350 // RFC 9562 version 5 is defined on SHA-1; the hash names an id, it protects nothing
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant (10xx)
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
