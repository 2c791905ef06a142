namespace ClinicalPortal.Domain.Crisis;

/// <summary>What a <see cref="CrisisLine"/> is for, so a client can tell at a glance which contact to use.</summary>
public enum CrisisLineKind
{
    /// <summary>The country's emergency number (police, ambulance, fire): for danger now. Exactly one a country.</summary>
    Emergency = 1,

    /// <summary>A national crisis or listening line reached by a call (some also take texts).</summary>
    CrisisLine = 2,

    /// <summary>A line reached by text message only.</summary>
    TextLine = 3,

    /// <summary>A health service's urgent advice line (e.g. NHS 111 in England), not an emergency number.</summary>
    HealthAdvice = 4,

    /// <summary>A line an organisation added for its own clients (<see cref="CrisisLine.CreateLocal"/>); not checked by us.</summary>
    Local = 5,
}
