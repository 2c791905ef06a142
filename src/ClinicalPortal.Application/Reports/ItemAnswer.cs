namespace ClinicalPortal.Application.Reports;

/// <summary>An item of the latest result and the answer given, with the option's published label ("Several days (1)").</summary>
public sealed record ItemAnswer(int Number, string Item, string Answer);
