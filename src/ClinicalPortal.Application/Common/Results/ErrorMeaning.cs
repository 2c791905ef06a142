using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Results;

/// <summary>What an expected failure means to HTTP and to the audit trail.</summary>
public sealed record ErrorMeaning(int Status, AuditOutcome Outcome, string Title);
