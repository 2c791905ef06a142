namespace ClinicalPortal.Domain.Measures;

/// <summary>Licence facts that decide whether and how the instrument may be embedded.</summary>
public sealed record InstrumentLicence(
    string Name,
    bool FreeToUse,
    bool RequiresRegistration,
    string CommercialUse);
