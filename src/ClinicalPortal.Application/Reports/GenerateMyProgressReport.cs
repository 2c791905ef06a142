using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Reports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Reports;

/// <summary>The client's own report, always the client variant, with any of their own reflections they choose. Recorded as a disclosure.</summary>
public sealed record GenerateMyProgressReport(string? From, string? To, IReadOnlyList<Guid>? IncludeReflectionIds)
    : ICommand<Result<ProgressReportFile>>, IAudited, IAuthorized
{
    public static string AuditAction => "report.generate";
    public static string AuditResourceType => "ProgressReport";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GenerateMyProgressReportValidator : AbstractValidator<GenerateMyProgressReport>
{
    public GenerateMyProgressReportValidator()
    {
        this.AddPeriodRules(x => x.From, x => x.To);
        this.AddIncludedRules(x => x.IncludeReflectionIds, "includeReflectionIds");
    }
}

public sealed class GenerateMyProgressReportHandler(ClientAccess access, ProgressReports reports, AuditScope audit)
    : ICommandHandler<GenerateMyProgressReport, Result<ProgressReportFile>>
{
    public async ValueTask<Result<ProgressReportFile>> Handle(GenerateMyProgressReport command, CancellationToken ct)
    {
        var client = await access.Reachable().FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        audit.Touch(client.Id);
        return await reports.GenerateAsync(client, command.From, command.To, ReportAudience.Client, command.IncludeReflectionIds, null, ct);
    }
}
