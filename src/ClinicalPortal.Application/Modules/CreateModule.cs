using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Modules;

/// <summary>A clinician or administrator writes a module for their organisation: version 1 of it, seen by everyone there.</summary>
public sealed record CreateModule(ModuleRequest Module) : ICommand<Result<ModuleResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "module.create";
    public static string AuditResourceType => "Module";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class CreateModuleValidator : AbstractValidator<CreateModule>
{
    public CreateModuleValidator() => RuleFor(x => x).Custom((command, context) => command.Module.AddProblemsTo(context));
}

public sealed class CreateModuleHandler(IPortalDbContext db, ICurrentUser user, IMarkdownRenderer markdown, AuditScope audit, TimeProvider clock)
    : ICommandHandler<CreateModule, Result<ModuleResponse>>
{
    public ValueTask<Result<ModuleResponse>> Handle(CreateModule command, CancellationToken ct)
    {
        var created = Module.CreateForOrganization(
            user.OrganizationId!.Value, command.Module.ToContent(), user.UserId!.Value, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return ValueTask.FromResult<Result<ModuleResponse>>(command.Module.OnFields(created.Error!));
        }

        var module = created.Value;
        db.Modules.Add(module);
        audit.Touch(module.Id.ToString());
        audit.Describe(new { version = module.CurrentVersion });
        return ValueTask.FromResult<Result<ModuleResponse>>(ModuleResponse.From(module, module.Current, [module.CurrentVersion], markdown, forStaff: true));
    }
}
