using System.Security.Cryptography;
using System.Text;

namespace ClinicalPortal.Infrastructure.Reports.Layout;

/// <summary>
/// Makes a saved PDFsharp document a function of its content alone, so the same report built twice is the same bytes
/// and a SHA-256 of it proves what was handed out. PDFsharp 6.2.4 draws two values at random on every save: the
/// six-letter tag of each embedded font subset (<c>/KIMGPZ+DejaVu#20Sans</c>, from a new GUID), the file identifier
/// in the trailer (<c>/ID[&lt;…&gt;&lt;…&gt;]</c>) and the XMP metadata's document and instance ids (<c>uuid:…</c>). All are replaced, in place and at the same length (the cross-reference
/// offsets stay valid), by values derived from a SHA-256 of the document with those fields blanked: still distinct
/// for different content, as ISO 32000-1 §9.6.4 (subset tags) and §14.4 (file identifiers) intend, but reproducible.
/// Metadata and trailer are written uncompressed by PDFsharp, so the fields are found in the bytes as written.
/// </summary>
public static class StableBytes
{
    private const int TagLength = 6;
    private static readonly string Uuid = Guid.Empty.ToString("D");

    public static byte[] Pin(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var bytes = (byte[])pdf.Clone();
        var tags = SubsetTags(bytes);
        var id = TrailerId(bytes);
        var uuids = XmpUuids(bytes);

        // Blank every random field, hash, then write values derived from the hash.
        var distinct = tags.Select(t => Encoding.ASCII.GetString(bytes, t, TagLength)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var at in tags)
        {
            Fill(bytes, at, TagLength, (byte)'A');
        }

        if (id is { } trailer)
        {
            Fill(bytes, trailer.First, trailer.Length, (byte)'0');
            Fill(bytes, trailer.Second, trailer.Length, (byte)'0');
        }

        foreach (var at in uuids)
        {
            Fill(bytes, at, Uuid.Length, (byte)'0');
        }

        var hash = SHA256.HashData(bytes);
        var stable = distinct.Select((_, i) => Tag(hash, i)).ToList();
        foreach (var at in tags)
        {
            var index = distinct.IndexOf(Encoding.ASCII.GetString(pdf, at, TagLength));
            Encoding.ASCII.GetBytes(stable[index]).CopyTo(bytes, at);
        }

        if (id is { } pinned)
        {
            var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(hash)[..pinned.Length]);
            hex.CopyTo(bytes, pinned.First);
            hex.CopyTo(bytes, pinned.Second);
        }

        for (var u = 0; u < uuids.Count; u++)
        {
            // Version-4-shaped ids from the hash's later bytes, one per occurrence (document and instance differ).
            var source = SHA256.HashData([.. hash, (byte)u]);
            Encoding.ASCII.GetBytes(new Guid(source.AsSpan(0, 16)).ToString("D")).CopyTo(bytes, uuids[u]);
        }

        return bytes;
    }

    /// <summary>Where each <c>/XXXXXX+</c> subset tag of an embedded font name starts.</summary>
    private static List<int> SubsetTags(byte[] bytes)
    {
        var found = new List<int>();
        for (var i = 0; i + TagLength + 1 < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'/' || bytes[i + TagLength + 1] != (byte)'+')
            {
                continue;
            }

            var tag = true;
            for (var k = 1; k <= TagLength && tag; k++)
            {
                tag = bytes[i + k] is >= (byte)'A' and <= (byte)'Z';
            }

            if (tag)
            {
                found.Add(i + 1);
            }
        }

        return found;
    }

    /// <summary>The two hex strings of the trailer's <c>/ID</c>, if present (searched from the end: the trailer is last).</summary>
    private static (int First, int Second, int Length)? TrailerId(byte[] bytes)
    {
        var marker = "/ID[<"u8;
        var at = bytes.AsSpan().LastIndexOf(marker);
        if (at < 0)
        {
            return null;
        }

        var first = at + marker.Length;
        var length = bytes.AsSpan(first).IndexOf((byte)'>');
        var second = first + length + 2;
        if (length <= 0 || second + length > bytes.Length || bytes[second - 1] != (byte)'<' || bytes[second + length] != (byte)'>')
        {
            return null;
        }

        return (first, second, length);
    }

    /// <summary>Where the 36 characters after each <c>uuid:</c> of the XMP metadata start.</summary>
    private static List<int> XmpUuids(byte[] bytes)
    {
        var found = new List<int>();
        var marker = "uuid:"u8;
        var from = 0;
        while (bytes.AsSpan(from).IndexOf(marker) is var at and >= 0)
        {
            var start = from + at + marker.Length;
            if (start + Uuid.Length <= bytes.Length && Guid.TryParseExact(Encoding.ASCII.GetString(bytes, start, Uuid.Length), "D", out _))
            {
                found.Add(start);
            }

            from = start;
        }

        return found;
    }

    private static string Tag(byte[] hash, int index)
    {
        var tag = new char[TagLength];
        for (var k = 0; k < TagLength; k++)
        {
            tag[k] = (char)('A' + hash[(index * TagLength + k) % hash.Length] % 26);
        }

        return new string(tag);
    }

    private static void Fill(byte[] bytes, int at, int length, byte value) => bytes.AsSpan(at, length).Fill(value);
}
