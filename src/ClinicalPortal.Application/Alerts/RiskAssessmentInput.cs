using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using FluentValidation;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The documented risk assessment sent with a resolution (required for High and Imminent alerts): <c>level</c> (Low,
/// Moderate, High), <c>rationale</c>, <c>safetyPlanReviewed</c>, <c>meansCounselling</c>, <c>nextContactAt</c> (an
/// instant ahead) and, optionally, <c>supervisorConsulted</c>.
/// </summary>
public sealed record RiskAssessmentInput(
    string? Level, string? Rationale, bool? SafetyPlanReviewed, bool? MeansCounselling, string? NextContactAt, bool? SupervisorConsulted = null)
{
    public const int MaxRationale = 4000;

    /// <summary>The domain's value, once validated, the rationale encrypted; the safety-plan version on file is the application's to read.</summary>
    public RiskAssessment ToAssessment(int? safetyPlanVersion, IHealthTextProtector text) => new(
        Enum.Parse<AssessedRisk>(Level!, ignoreCase: true), text.Protect(Rationale!.Trim()), SafetyPlanReviewed!.Value, safetyPlanVersion, MeansCounselling!.Value,
        Rules.ParseInstant(NextContactAt)!.Value, SupervisorConsulted);
}

public sealed class RiskAssessmentInputValidator : AbstractValidator<RiskAssessmentInput>
{
    public RiskAssessmentInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Level).NotEmpty().Must(Rules.IsEnumNameIgnoringCase<AssessedRisk>)
            .WithMessage($"'level' must be one of {string.Join(", ", Enum.GetNames<AssessedRisk>())}.");
        RuleFor(x => x.Rationale).NotEmpty().FreeText(RiskAssessmentInput.MaxRationale);
        RuleFor(x => x.SafetyPlanReviewed).NotNull().WithMessage("'safetyPlanReviewed' is required: whether the safety plan was reviewed with the client.");
        RuleFor(x => x.MeansCounselling).NotNull().WithMessage("'meansCounselling' is required: whether access to lethal means was discussed.");
        RuleFor(x => x.NextContactAt).NotEmpty().WithMessage("'nextContactAt' is required: when the client is next contacted.")
            .Must(Rules.IsInstant).WithMessage("'nextContactAt' must be an ISO 8601 instant with an offset, e.g. 2026-12-02T09:00:00Z.")
            .Must(v => Rules.ParseInstant(v) > clock.GetUtcNow()).WithMessage("'nextContactAt' must be in the future.");
    }
}
