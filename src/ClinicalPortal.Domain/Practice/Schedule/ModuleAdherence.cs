using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>Adherence to one module: its completion and its mean change in distress.</summary>
public sealed record ModuleAdherence(ModuleId ModuleId, string Title, CompletionRate Completion, DistressChange MeanDistressChange);
