namespace ClinicalPortal.Domain.Measures;

/// <summary>Escalation tier of a risk flag, lowest first (CLINICAL.md section 3).</summary>
public enum RiskTier
{
    /// <summary>Referral tier: follow up before the end of the next business day by default.</summary>
    Elevated = 1,

    /// <summary>Higher tier, e.g. PHQ-9 item 9 answered 2 or 3, C-SSRS method (Q3).</summary>
    High = 2,

    /// <summary>Imminent risk, e.g. C-SSRS intent, plan or recent behaviour.</summary>
    Imminent = 3,
}
