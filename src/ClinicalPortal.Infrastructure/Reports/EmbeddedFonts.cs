using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ClinicalPortal.Infrastructure.Reports;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans, regular and bold, embedded in this assembly (no dependence on the machine's fonts,
/// which differ between a laptop, CI and a container). Every family asked for resolves to it; italic is simulated.
/// Installed once per process, before the first document (<see cref="Install"/>).
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver = new EmbeddedFonts();
        return true;
    });

    private static readonly Dictionary<string, byte[]> Faces = new[] { Regular, Bold }.ToDictionary(face => face, Load, StringComparer.Ordinal);

    /// <summary>Makes these the fonts of every PDFsharp document of the process (idempotent, thread-safe).</summary>
    public static void Install() => _ = Installed.Value;

    /// <summary>
    /// A font of this family with Unicode (Identity-H) encoding, so names outside Windows-1252 (Łukasz, Ἀλέξανδρος) and
    /// signs such as → print as written instead of as question marks.
    /// </summary>
    public static XFont Font(double size, bool bold = false)
    {
        Install();
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Faces.GetValueOrDefault(faceName);

    private static byte[] Load(string face)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ClinicalPortal.Fonts.{face}.ttf")
                           ?? throw new InvalidOperationException($"The embedded font {face} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
