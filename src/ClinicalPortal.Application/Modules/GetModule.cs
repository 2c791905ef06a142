using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// One module the caller sees, whole: its current version, or <c>version=N</c> (a plan item keeps the version it was
/// given, so earlier ones stay readable), with safe HTML beside the Markdown and the list of its versions. Staff see the
/// clinician's caution; a client does not.
/// </summary>
public sealed record GetModule(Guid Id, string? Version = null) : IQuery<Result<ModuleResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "module.read";
    public static string AuditResourceType => "Module";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class GetModuleValidator : AbstractValidator<GetModule>
{
    public GetModuleValidator() =>
        RuleFor(x => x.Version).Must(v => Rules.IsInt(v, 1, int.MaxValue)).When(x => x.Version is not null)
            .WithMessage("'version' must be a whole number, 1 or more.");
}

public sealed class GetModuleHandler(IPortalDbContext db, ModuleAccess access, IMarkdownRenderer markdown, ICurrentUser user, AuditScope audit)
    : IQueryHandler<GetModule, Result<ModuleResponse>>
{
    public async ValueTask<Result<ModuleResponse>> Handle(GetModule query, CancellationToken ct)
    {
        var id = new ModuleId(query.Id);
        audit.Touch(id.Value.ToString());
        var module = await access.Visible().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (module is null)
        {
            return ModuleAccess.NotFound;
        }

        var number = Rules.ParseInt(query.Version, module.CurrentVersion);
        var version = await db.ModuleVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ModuleId == id && v.Number == number, ct);
        if (version is null)
        {
            return Error.NotFound("Module version");
        }

        var versions = await db.ModuleVersions.Where(v => v.ModuleId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
        audit.Describe(new { version = number });
        return ModuleResponse.From(module, version, versions, markdown, forStaff: user.Role is { } role && Allowed.Staff.Contains(role));
    }
}
