using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>
/// A client's results over time, oldest first, each with change since the first and the previous result of its
/// instrument (and instrument version: results scored by different rules are not compared). Item-level answers go to
/// the client and the clinicians who care for them, not to supervisors or administrators (minimum necessary).
/// </summary>
public sealed record ListAssessments(Guid ClientId, string? Instrument)
    : IQuery<Result<IReadOnlyList<AssessmentResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "assessment.list";
    public static string AuditResourceType => "Assessment";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;

    /// <summary>Whether a reader in this role sees item-level answers.</summary>
    public static bool SeesAnswers(Role role) => role is Role.Client or Role.Clinician;
}

public sealed class ListAssessmentsValidator : AbstractValidator<ListAssessments>
{
    public ListAssessmentsValidator() => RuleFor(x => x.Instrument).KnownInstrument().When(x => x.Instrument is not null);
}

public sealed class ListAssessmentsHandler(IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListAssessments, Result<IReadOnlyList<AssessmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AssessmentResponse>>> Handle(ListAssessments query, CancellationToken ct)
    {
        var reached = await access.CheckAsync(query.ClientId, ct);
        if (!reached.IsSuccess)
        {
            return reached.Error!;
        }

        var clientId = reached.Value;
        var assessments = db.Assessments.AsNoTracking().Where(a => a.ClientId == clientId);
        if (query.Instrument is not null)
        {
            InstrumentLibrary.TryGet(query.Instrument, out var filter);
            assessments = assessments.Where(a => a.InstrumentCode == filter!.Code);
        }

        var series = await assessments.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var includeAnswers = ListAssessments.SeesAnswers(user.Role!.Value);
        var result = new List<AssessmentResponse>(series.Count);
        foreach (var group in series.GroupBy(a => (a.InstrumentCode, a.InstrumentVersion)))
        {
            InstrumentLibrary.TryGet(group.Key.InstrumentCode, out var instrument);
            var items = group.ToList();
            for (var i = 0; i < items.Count; i++)
            {
                result.Add(AssessmentResponse.From(
                    items[i], instrument!, i == 0 ? null : items[0], i == 0 ? null : items[i - 1], includeAnswers, forClient: user.Role == Role.Client));
            }
        }

        result.Sort((a, b) => a.SubmittedAt != b.SubmittedAt ? a.SubmittedAt.CompareTo(b.SubmittedAt) : a.Id.CompareTo(b.Id));
        audit.Describe(new { count = result.Count, answersIncluded = includeAnswers });
        return result;
    }
}
