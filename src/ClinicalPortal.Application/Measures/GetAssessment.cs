using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>One stored result of a client within reach (where a submission's Location points), with its change.</summary>
public sealed record GetAssessment(Guid ClientId, Guid AssessmentId) : IQuery<Result<AssessmentResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "assessment.read";
    public static string AuditResourceType => "Assessment";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class GetAssessmentHandler(IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit)
    : IQueryHandler<GetAssessment, Result<AssessmentResponse>>
{
    public static readonly Error NotFound = Error.NotFound("Assessment");

    public async ValueTask<Result<AssessmentResponse>> Handle(GetAssessment query, CancellationToken ct)
    {
        var reached = await access.CheckAsync(query.ClientId, ct);
        if (!reached.IsSuccess)
        {
            return reached.Error!;
        }

        var clientId = reached.Value;
        var id = new AssessmentId(query.AssessmentId);
        audit.Touch(id.ToString(), clientId);
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.ClientId == clientId, ct);
        if (assessment is null || !InstrumentLibrary.TryGet(assessment.InstrumentCode, out var instrument))
        {
            return NotFound;
        }

        var (baseline, previous) = await AssessmentHistory.BaselineAndPreviousAsync(db, assessment, ct);
        var includeAnswers = ListAssessments.SeesAnswers(user.Role!.Value);
        audit.Describe(new { answersIncluded = includeAnswers });
        return AssessmentResponse.From(assessment, instrument, baseline, previous, includeAnswers, forClient: user.Role == Role.Client);
    }
}
