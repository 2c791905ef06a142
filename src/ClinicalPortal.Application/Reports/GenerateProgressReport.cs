using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Reports;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// A progress report for an appointment, by the client's clinician or their supervisor (either audience; a supervisor's
/// report carries figures, not the client's words). Recorded as a disclosure. Outside reach: 404.
/// </summary>
public sealed record GenerateProgressReport(
    Guid ClientId, string? From, string? To, string? Audience, IReadOnlyList<Guid>? IncludeReflectionIds, IReadOnlyList<Guid>? IncludeAlertNoteIds)
    : ICommand<Result<ProgressReportFile>>, IAudited, IAuthorized
{
    public static string AuditAction => "report.generate";
    public static string AuditResourceType => "ProgressReport";
    public static IReadOnlyList<Role> AllowedRoles => [Role.Clinician, Role.Supervisor];
}

public sealed class GenerateProgressReportValidator : AbstractValidator<GenerateProgressReport>
{
    public GenerateProgressReportValidator()
    {
        this.AddPeriodRules(x => x.From, x => x.To);
        RuleFor(x => x.Audience).Must(Rules.IsEnumNameIgnoringCase<ReportAudience>).When(x => x.Audience is not null)
            .WithMessage("'audience' must be clinician or client.");
        this.AddIncludedRules(x => x.IncludeReflectionIds, "includeReflectionIds");
        this.AddIncludedRules(x => x.IncludeAlertNoteIds, "includeAlertNoteIds");
    }
}

public sealed class GenerateProgressReportHandler(ClientAccess access, ProgressReports reports)
    : ICommandHandler<GenerateProgressReport, Result<ProgressReportFile>>
{
    public async ValueTask<Result<ProgressReportFile>> Handle(GenerateProgressReport command, CancellationToken ct)
    {
        var client = await access.FindAsync(command.ClientId, ct);
        if (!client.IsSuccess)
        {
            return client.Error!;
        }

        var audience = command.Audience is null ? ReportAudience.Clinician : Rules.ParseEnumName<ReportAudience>(command.Audience);
        return await reports.GenerateAsync(
            client.Value!, command.From, command.To, audience, command.IncludeReflectionIds, command.IncludeAlertNoteIds, ct);
    }
}
