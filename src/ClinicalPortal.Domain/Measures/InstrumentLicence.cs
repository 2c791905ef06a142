namespace ClinicalPortal.Domain.Measures;

/// <summary>Licence facts that decide whether and how the instrument may be embedded.</summary>
/// <param name="Notice">
/// The source and copyright line every form of the instrument shows beside its questions, as its licence or its authors
/// ask (for example the PHQ forms' "Developed by ... with an educational grant from Pfizer Inc.", the K10's
/// "© World Health Organization 2003").
/// </param>
public sealed record InstrumentLicence(
    string Name,
    bool FreeToUse,
    bool RequiresRegistration,
    string CommercialUse,
    string Notice);
