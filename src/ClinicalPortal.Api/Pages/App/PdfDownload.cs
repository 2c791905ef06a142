using ClinicalPortal.Api.Endpoints;
using ClinicalPortal.Application.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>A generated report as a download, with the headers the API sends (RFC 9530 Repr-Digest of the bytes, the disclosure id).</summary>
public static class PdfDownload
{
    public static FileContentResult Of(PageModel page, ProgressReportFile file)
    {
        ReportHeaders.Apply(page.Response, file);
        return page.File(file.Pdf, "application/pdf", file.FileName);
    }
}
