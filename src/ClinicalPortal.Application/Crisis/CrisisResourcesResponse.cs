using ClinicalPortal.Domain.Crisis;

namespace ClinicalPortal.Application.Crisis;

/// <summary>
/// Who to contact now, for the client's country (the organisation's, or the client's own), with the statement that
/// answers are not monitored in real time. The national lines always come first and the emergency number last; the
/// organisation's own lines sit between.
/// </summary>
/// <see cref="Availability"/> says when the care team is there, once the organisation has set its hours (null before).
public sealed record CrisisResourcesResponse(string Country, IReadOnlyList<CrisisLineResponse> Contacts, string Notice, string? Availability = null)
{
    public static CrisisResourcesResponse For(string country, IReadOnlyList<CrisisLine> localLines, string notice, string? availability = null)
    {
        var lines = CrisisLines.For(country, localLines);
        return new CrisisResourcesResponse(
            country, lines.Select(CrisisLineResponse.From).ToList(), lines.Count == 0 ? CrisisLines.NoLinesForCountry : notice, availability);
    }
}
