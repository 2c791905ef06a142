using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record RiskRuleResponse(string Code, string Tier, int ItemNumber, string Reason);
