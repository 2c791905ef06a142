namespace ClinicalPortal.Application.Supervision;

/// <summary>A client's homework due in the window and how much of it was done.</summary>
public sealed record HomeworkFact(Guid ClientId, int Due, int Done);
