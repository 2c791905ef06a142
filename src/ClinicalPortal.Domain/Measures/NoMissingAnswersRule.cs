namespace ClinicalPortal.Domain.Measures;

/// <summary>Every item must be answered (PHQ-9, GAD-7 and the other summed scales); no prorating.</summary>
public sealed record NoMissingAnswersRule(string Description) : MissingAnswerRule(Description);
