using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Supervision;

/// <summary>A client's unresolved alert as the flag rules read it: status, tier, escalation level, raised and acknowledge-by times.</summary>
public sealed record AlertFact(Guid ClientId, AlertStatus Status, RiskTier Tier, int Level, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgeBy);
