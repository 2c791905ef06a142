using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>A client's adherence for their care team, supervisors included (figures only, no free text). Default: the last 28 days.</summary>
public sealed record GetAdherence(Guid ClientId, string? From, string? To) : IQuery<Result<AdherenceResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "adherence.read";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetAdherenceValidator : AbstractValidator<GetAdherence>
{
    public GetAdherenceValidator() => this.AddRangeRules(x => x.From, x => x.To);
}

public sealed class GetAdherenceHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetAdherence, Result<AdherenceResponse>>
{
    public async ValueTask<Result<AdherenceResponse>> Handle(GetAdherence query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId.ToString(), clientId);
        var zoneName = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.TimeZone).FirstOrDefaultAsync(ct);
        if (zoneName is null)
        {
            return ClientAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        var calendar = ClientCalendar.Of(zoneName, now);
        var (from, to) = DateRangeRules.Resolve(query.From, query.To, calendar.Today.AddDays(-27), calendar.Today);
        var (adherence, tasks) = await AdherenceReader.ReadAsync(db, clientId, calendar, from, to, now, ct);
        audit.Describe(new { from, to, tasks });
        return adherence;
    }
}
