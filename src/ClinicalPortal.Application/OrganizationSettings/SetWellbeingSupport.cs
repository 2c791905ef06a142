using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Wellbeing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>
/// Sets what staff whose own well-being check-in is high are told about support (OrgAdmin); null or blank restores the
/// default. The response gives the text in force.
/// </summary>
public sealed record SetWellbeingSupport(string? Text) : ICommand<Result<WellbeingSupportResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "wellbeing_support.update";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class SetWellbeingSupportValidator : AbstractValidator<SetWellbeingSupport>
{
    public SetWellbeingSupportValidator() =>
        RuleFor(x => x.Text).MaximumLength(WellbeingSupport.MaxLength)
            .WithMessage($"'text' holds at most {WellbeingSupport.MaxLength} characters.");
}

public sealed class SetWellbeingSupportHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : ICommandHandler<SetWellbeingSupport, Result<WellbeingSupportResponse>>
{
    public async ValueTask<Result<WellbeingSupportResponse>> Handle(SetWellbeingSupport command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var organization = await db.Organizations.FirstAsync(o => o.Id == org, ct);
        var set = organization.SetWellbeingSupport(command.Text);
        if (!set.IsSuccess)
        {
            return Error.Validation("text", set.Error!.Message);
        }

        audit.Describe(new { custom = organization.WellbeingSupport is not null });
        return new WellbeingSupportResponse(organization.WellbeingSupport ?? WellbeingSupport.Default, organization.WellbeingSupport is null);
    }
}
