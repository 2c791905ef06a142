namespace ClinicalPortal.Domain.Alerts;

/// <summary>A notification round to send now: its number (unique per alert, the deduplication key with the recipient) and who it is for.</summary>
public sealed record EscalationStep(int Round, EscalationTarget Target);
