using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// One reason to raise an alert: where it came from, the tier it calls for, what it points at (the assessment), the
/// risk rule codes that fired, and the words that came with it (the client's message or the clinician's reason;
/// health data, encrypted by the application before it gets here (ADR 0014), kept on the alert's timeline, never in
/// the audit trail or an e-mail).
/// </summary>
public sealed record AlertTrigger(AlertSource Source, RiskTier Tier, Guid? ReferenceId, IReadOnlyList<string> Codes, string? TextProtected);
