using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>
/// Sets the organisation's country (ISO 3166-1 alpha-2, one the catalogue holds) and the lines it adds (OrgAdmin). The
/// national lines of the country always stay; added lines are shown between them and the emergency number.
/// </summary>
public sealed record SetCrisisSettings(string? Country, IReadOnlyList<LocalCrisisLineRequest>? LocalLines)
    : ICommand<Result<CrisisSettingsResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "crisis_settings.update";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class SetCrisisSettingsValidator : AbstractValidator<SetCrisisSettings>
{
    public SetCrisisSettingsValidator()
    {
        RuleFor(x => x.Country).NotEmpty().Must(CrisisLines.IsSupported)
            .WithMessage($"'country' must be one of {string.Join(", ", CrisisLines.SupportedCountries.Order(StringComparer.Ordinal))} (ISO 3166-1 alpha-2).");
        RuleFor(x => x.LocalLines).Must(l => l is null || l.Count <= CrisisLine.MaxLocalLines)
            .WithMessage($"'localLines' holds at most {CrisisLine.MaxLocalLines} lines.");
        RuleForEach(x => x.LocalLines).NotNull().WithMessage("A local line must be an object with name, instruction and contact.");
    }
}

public sealed class SetCrisisSettingsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : ICommandHandler<SetCrisisSettings, Result<CrisisSettingsResponse>>
{
    public async ValueTask<Result<CrisisSettingsResponse>> Handle(SetCrisisSettings command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var lines = CrisisLine.CreateLocalSet((command.LocalLines ?? []).Select(l => (l.Name, l.Instruction, l.Contact)).ToList());
        if (!lines.IsSuccess)
        {
            // Each broken rule on its line's field: localLines[0].contact.
            return Error.Validation(lines.Error!.Violations
                .GroupBy(v => v.Position is { } p ? $"localLines[{p - 1}].{v.Code.Split('.')[0]}" : "localLines")
                .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == org, ct);
        var set = organization.SetCrisisLines(command.Country!, lines.Value);
        if (!set.IsSuccess)
        {
            return Error.Validation("country", set.Error!.Message);
        }

        audit.Describe(new { country = organization.Country, localLines = lines.Value.Count });
        return GetCrisisSettingsHandler.Respond(organization.Country, organization.LocalCrisisLines);
    }
}
