namespace ClinicalPortal.Application.Alerts;

/// <summary>What firing did: whether a round went out (its number and how many it reached) and how late the deadline fired.</summary>
public sealed record FiredDeadline(bool Fired, int? Round, int Recipients, TimeSpan Lateness);
