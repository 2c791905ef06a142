namespace ClinicalPortal.Domain.Reports;

/// <summary>Who a progress report is written for.</summary>
public enum ReportAudience
{
    /// <summary>The care team: scores with subscales and change criteria, item answers for the clinician, alerts.</summary>
    Clinician = 0,

    /// <summary>The client: plain words, totals and bands only (no item-level detail), crisis resources on the last page.</summary>
    Client = 1,
}
