using ClinicalPortal.Application.Reports;

namespace ClinicalPortal.Api.Endpoints;

/// <summary>What a report download carries beside the bytes, from the API and the pages alike: the RFC 9530 Repr-Digest (the same SHA-256 as the disclosure record) and the disclosure id.</summary>
public static class ReportHeaders
{
    public static void Apply(HttpResponse response, ProgressReportFile file)
    {
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        response.Headers["X-Disclosure-Id"] = file.DisclosureId.ToString();
    }
}
