namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// A notification round to send now: its number (unique per alert, the deduplication key with the recipient), who it
/// is for, and which deadline was missed when it escalates an acknowledged alert (first contact or resolution; null
/// when the alert needs acknowledging: raised, escalated unacknowledged, its tier rose, it reopened).
/// </summary>
public sealed record EscalationStep(int Round, EscalationTarget Target, AlertDeadlineKind? Missed = null);
