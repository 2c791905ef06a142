using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// A clinician or administrator changes one of their organisation's modules: a new version with the content sent, the
/// earlier ones kept as they were (plan items keep theirs). A built-in module is read-only (409); another
/// organisation's is not found (404). Revisions of one module at once follow one another: N+1, N+2.
/// </summary>
public sealed record ReviseModule(Guid Id, ModuleRequest Module) : ICommand<Result<ModuleResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "module.revise";
    public static string AuditResourceType => "Module";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class ReviseModuleValidator : AbstractValidator<ReviseModule>
{
    public ReviseModuleValidator() => RuleFor(x => x).Custom((command, context) => command.Module.AddProblemsTo(context));
}

public sealed class ReviseModuleHandler(
    IPortalDbContext db, ModuleAccess access, ITransactionLocks locks, ICurrentUser user, IMarkdownRenderer markdown, AuditScope audit,
    TimeProvider clock)
    : ICommandHandler<ReviseModule, Result<ModuleResponse>>
{
    public async ValueTask<Result<ModuleResponse>> Handle(ReviseModule command, CancellationToken ct)
    {
        var id = new ModuleId(command.Id);
        audit.Touch(id.ToString());
        // One writer at a time per module on every instance, taken before reading the current version, so concurrent
        // revisions number themselves one after another (the unique index on module and number holds it regardless).
        await locks.LockUntilCommitAsync($"module:{id}", ct);
        var module = await access.Visible().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (module is null)
        {
            return ModuleAccess.NotFound;
        }

        var revised = module.Revise(command.Module.ToContent(), user.UserId!.Value, clock.GetUtcNow());
        if (!revised.IsSuccess)
        {
            return revised.Error!.Code == Module.BuiltinReadOnly
                ? Error.Conflict(Module.BuiltinReadOnly, revised.Error.Message)
                : command.Module.OnFields(revised.Error!);
        }

        var version = revised.Value;
        db.ModuleVersions.Add(version);
        var versions = await db.ModuleVersions.Where(v => v.ModuleId == id).Select(v => v.Number).ToListAsync(ct);
        audit.Describe(new { version = version.Number });
        return ModuleResponse.From(module, version, versions.Append(version.Number).Order().ToList(), markdown, forStaff: true);
    }
}
