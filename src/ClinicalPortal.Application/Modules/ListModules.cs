using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// The module library a caller sees: the built-in modules (in the library's order), then its organisation's own (oldest
/// first), each as its current version says, optionally only those for a care track and/or training a component (names
/// in any case). Every signed-in role may read it: clients follow these modules. Audited like every request (the
/// list holds no one's health data; the event records the filters and the count).
/// </summary>
public sealed record ListModules(string? Track = null, string? Component = null)
    : IQuery<Result<IReadOnlyList<ModuleSummaryResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "module.list";
    public static string AuditResourceType => "Module";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class ListModulesValidator : AbstractValidator<ListModules>
{
    public ListModulesValidator()
    {
        RuleFor(x => x.Track).Must(Rules.IsEnumNameIgnoringCase<CareTrack>).When(x => !string.IsNullOrEmpty(x.Track))
            .WithMessage($"'track' must be one of {string.Join(", ", Enum.GetNames<CareTrack>())}.");
        RuleFor(x => x.Component).Must(Rules.IsEnumNameIgnoringCase<CompassionComponent>).When(x => !string.IsNullOrEmpty(x.Component))
            .WithMessage($"'component' must be one of {string.Join(", ", Enum.GetNames<CompassionComponent>())}.");
    }
}

public sealed class ListModulesHandler(IPortalDbContext db, ModuleAccess access, AuditScope audit)
    : IQueryHandler<ListModules, Result<IReadOnlyList<ModuleSummaryResponse>>>
{
    private static readonly List<string> LibraryOrder = ModuleLibrary.All.Select(m => m.Key!).ToList();

    public async ValueTask<Result<IReadOnlyList<ModuleSummaryResponse>>> Handle(ListModules query, CancellationToken ct)
    {
        CareTrack? track = string.IsNullOrEmpty(query.Track) ? null : Rules.ParseEnumName<CareTrack>(query.Track);
        CompassionComponent? component = string.IsNullOrEmpty(query.Component) ? null : Rules.ParseEnumName<CompassionComponent>(query.Component);
        // Content is one jsonb value read whole, so the filters apply after loading: a library is the built-in modules
        // and an organisation's own, tens of rows, not a table to search.
        var rows = await (
                from m in access.Visible()
                join v in db.ModuleVersions on new { ModuleId = m.Id, Number = m.CurrentVersion } equals new { v.ModuleId, v.Number }
                select new { m.Id, m.Key, m.OrganizationId, m.CreatedAt, v.Number, v.Content })
            .AsNoTracking().ToListAsync(ct);

        var list = rows
            .Where(r => (track is null || r.Content.Tracks.Contains(track.Value))
                        && (component is null || r.Content.Components.Contains(component.Value)))
            .OrderBy(r => r.OrganizationId is null ? 0 : 1)
            .ThenBy(r => r.Key is null ? int.MaxValue : LibraryOrder.IndexOf(r.Key))
            .ThenBy(r => r.CreatedAt).ThenBy(r => r.Id.Value)
            .Select(r => ModuleSummaryResponse.From(r.Id, r.Key, r.OrganizationId is null, r.Number, r.Content))
            .ToList();
        audit.Describe(new { track = track?.ToString(), component = component?.ToString(), count = list.Count });
        return list;
    }
}
