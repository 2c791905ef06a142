namespace ClinicalPortal.Domain.Measures;

/// <summary>What the scorer does with unanswered items. A missing answer is never treated as 0.</summary>
public abstract record MissingAnswerRule(string Description);
