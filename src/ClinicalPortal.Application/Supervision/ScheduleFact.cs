using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Supervision;

/// <summary>A running measure schedule of a client, as the overdue rule reads it: the instrument and its last closed window (null: none yet).</summary>
public sealed record ScheduleFact(Guid ClientId, string InstrumentCode, AdministrationWindow? LastClosed);
