namespace ClinicalPortal.Application.Common.Audit;

/// <summary>
/// The reasons a caller may give for an access (<c>X-Purpose-Of-Use</c>), stored in the audit trail: the codes of
/// the HL7 v3 value set PurposeOfUse (http://terminology.hl7.org/ValueSet/v3-PurposeOfUse, OID
/// 2.16.840.1.113883.1.11.20448; code system v3-ActReason, concepts below PurposeOfUse, as expanded in FHIR R4).
/// Nothing else is accepted: the audit table is append-only, so free text there (a name, a diagnosis) could never
/// be removed.
/// </summary>
public static class PurposeOfUse
{
    public const string HeaderName = "X-Purpose-Of-Use";

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "HMARKT", "HOPERAT", "CAREMGT", "DONAT", "FRAUD", "GOV", "HACCRED", "HCOMPL", "HDECD", "HDIRECT", "HDM", "HLEGAL",
        "HOUTCOMS", "HPRGRP", "HQUALIMP", "HSYSADMIN", "LABELING", "METAMGT", "MEMADMIN", "MILCDM", "PATADMIN", "PATSFTY",
        "PERFMSR", "RECORDMGT", "SYSDEV", "HTEST", "TRAIN", "HPAYMT", "CLMATTCH", "COVAUTH", "COVERAGE", "ELIGDTRM",
        "ELIGVER", "ENROLLM", "MILDCRG", "REMITADV", "HRESCH", "BIORCH", "CLINTRCH", "CLINTRCHNPC", "CLINTRCHPC",
        "PRECLINTRCH", "DSRCH", "POARCH", "TRANSRCH", "PATRQT", "FAMRQT", "PWATRNY", "SUPNWK", "PUBHLTH", "DISASTER",
        "THREAT", "TREAT", "CLINTRL", "COC", "ETREAT", "BTG", "ERTREAT", "POPHLTH",
    };

    /// <summary>The code in its canonical (upper-case) form, or null when the value is not one of <see cref="Codes"/>.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 16)
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        return Codes.Contains(code) ? code : null;
    }
}
