namespace ClinicalPortal.Domain.Measures;

/// <summary>One administration window of a schedule: due from <see cref="OpensAt"/>, expired unanswered at <see cref="ClosesAt"/>.</summary>
public sealed record AdministrationWindow(int Index, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
