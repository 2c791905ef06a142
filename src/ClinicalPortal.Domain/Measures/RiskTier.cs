namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Escalation tier of a risk flag, lowest first. The Joint Commission's NPSG 15.01.01 (Reduce the risk for
/// suicide) asks for a validated screen, a risk assessment when it is positive and a documented risk level
/// with a plan; the tiers follow the Columbia Lighthouse Project's C-SSRS screener triage (high, moderate,
/// low risk; see <c>SuicideRisk</c>). Acknowledgement deadlines per tier are a product default,
/// configurable per organisation; no published standard sets them.
/// </summary>
public enum RiskTier
{
    /// <summary>Referral tier (C-SSRS low risk; PHQ-9 item 9 answered 1): follow up before the end of the next business day by default.</summary>
    Elevated = 1,

    /// <summary>Higher tier, e.g. PHQ-9 item 9 answered 2 or 3, C-SSRS method (Q3).</summary>
    High = 2,

    /// <summary>Imminent risk, e.g. C-SSRS intent, plan or recent behaviour.</summary>
    Imminent = 3,
}
