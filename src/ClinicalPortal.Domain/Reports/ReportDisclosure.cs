using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Reports;

/// <summary>
/// One progress report handed out: who generated it, for which client, period and audience, when, and the SHA-256 of
/// the exact bytes (a report is deterministic, so the hash identifies what was disclosed; the PDF itself is not kept,
/// so no second copy of the health data is stored). HIPAA's accounting of disclosures (45 CFR 164.528) asks who received
/// what and when; this register answers it, beside the audit trail, and gives "change since the previous report".
/// Never edited.
/// </summary>
public sealed class ReportDisclosure
{
    private ReportDisclosure()
    {
        Sha256 = string.Empty;
    }

    public ReportDisclosureId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public ClientId ClientId { get; private set; }

    public ReportAudience Audience { get; private set; }

    /// <summary>The period, as days of the client's calendar, both included.</summary>
    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    public UserId GeneratedBy { get; private set; }

    public Role GeneratedByRole { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the PDF bytes.</summary>
    public string Sha256 { get; private set; }

    public int Bytes { get; private set; }

    public int Pages { get; private set; }

    public static ReportDisclosure Record(
        OrganizationId organizationId, ClientId clientId, ReportAudience audience, DateOnly from, DateOnly to,
        DateTimeOffset generatedAt, UserId generatedBy, Role generatedByRole, string sha256, int bytes, int pages) =>
        new()
        {
            Id = ReportDisclosureId.New(),
            OrganizationId = organizationId,
            ClientId = clientId,
            Audience = audience,
            From = from,
            To = to,
            GeneratedAt = generatedAt.ToStoredPrecision(),
            GeneratedBy = generatedBy,
            GeneratedByRole = generatedByRole,
            Sha256 = sha256,
            Bytes = bytes,
            Pages = pages,
        };
}
