namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Items may be left out; each subscale is scored from its answered items only when at least
/// <see cref="SubscaleDefinition.MinimumAnswered"/> are answered (CBI: at least half of the scale).
/// At least one subscale must be scorable.
/// </summary>
public sealed record SubscaleMinimumRule(string Description) : MissingAnswerRule(Description);
