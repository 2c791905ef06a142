namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// One answer choice: the raw value the client sends, the text shown, and a code.
/// <see cref="CodeSystem"/> is null for codes local to this library, or e.g. "http://loinc.org" for LOINC answer codes.
/// </summary>
public sealed record AnswerOption(int Value, string Display, string Code, string? CodeSystem = null);
