using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>
/// A client's results over time, oldest first, each with change since the first and the previous result of its
/// instrument. Item-level answers go to the client and the clinicians who care for them, not to supervisors or
/// administrators (minimum necessary).
/// </summary>
public sealed record ListAssessments(Guid ClientId, string? Instrument) : IQuery<Result<IReadOnlyList<AssessmentResponse>>>, IAudited
{
    public static string AuditAction => "assessment.list";
    public static string AuditResourceType => "Assessment";
}

public sealed class ListAssessmentsValidator : AbstractValidator<ListAssessments>
{
    public ListAssessmentsValidator() =>
        RuleFor(x => x.Instrument)
            .Must(code => InstrumentLibrary.TryGet(code!, out _))
            .When(x => x.Instrument is not null)
            .WithMessage(x => $"'instrument' '{x.Instrument}' is not a known instrument.");
}

public sealed class ListAssessmentsHandler(IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListAssessments, Result<IReadOnlyList<AssessmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AssessmentResponse>>> Handle(ListAssessments query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId);
        if (!await access.Reachable().AnyAsync(c => c.Id == clientId, ct))
        {
            return Error.NotFound("Client");
        }

        var assessments = db.Assessments.AsNoTracking().Where(a => a.ClientId == clientId);
        if (query.Instrument is not null)
        {
            InstrumentLibrary.TryGet(query.Instrument, out var filter);
            assessments = assessments.Where(a => a.InstrumentCode == filter!.Code);
        }

        var series = await assessments.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var includeAnswers = user.Role is Role.Client or Role.Clinician;
        var result = new List<AssessmentResponse>(series.Count);
        foreach (var group in series.GroupBy(a => a.InstrumentCode))
        {
            InstrumentLibrary.TryGet(group.Key, out var instrument);
            var items = group.ToList();
            for (var i = 0; i < items.Count; i++)
            {
                result.Add(AssessmentResponse.From(
                    items[i], instrument!, i == 0 ? null : items[0], i == 0 ? null : items[i - 1], includeAnswers));
            }
        }

        result.Sort((a, b) => a.SubmittedAt != b.SubmittedAt ? a.SubmittedAt.CompareTo(b.SubmittedAt) : a.Id.CompareTo(b.Id));
        audit.Describe(new { count = result.Count, answersIncluded = includeAnswers });
        return result;
    }
}
