using System.Globalization;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>
/// Sets the time zone, the service hours and the on-call rota (OrgAdmin). Out of hours a new alert goes first to whoever
/// is on call at that hour, with the clinician; clients see the hours beside their crisis lines. Audited with the
/// values (times and staff ids: no health data).
/// </summary>
public sealed record SetCoverage(string? TimeZone, IReadOnlyList<ServiceHoursInput>? Hours, IReadOnlyList<OnCallShiftInput>? OnCall)
    : ICommand<Result<CoverageResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "coverage.update";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class SetCoverageValidator : AbstractValidator<SetCoverage>
{
    public SetCoverageValidator()
    {
        RuleFor(x => x.TimeZone).NotEmpty().Must(Rules.IsTimeZone).WithMessage("'timeZone' must be an IANA time zone such as America/New_York.");
        RuleFor(x => x.Hours).NotNull().Must(h => h!.Count <= Coverage.MaxEntries).WithMessage($"'hours' takes at most {Coverage.MaxEntries} spans.");
        RuleFor(x => x.OnCall).NotNull().Must(h => h!.Count <= Coverage.MaxEntries).WithMessage($"'onCall' takes at most {Coverage.MaxEntries} shifts.");
        RuleForEach(x => x.Hours).ChildRules(h =>
        {
            h.RuleFor(x => x.Day).Must(IsDay).WithMessage(DayMessage);
            h.RuleFor(x => x.Opens).Must(IsTime).WithMessage(TimeMessage);
            h.RuleFor(x => x.Closes).Must(IsTime).WithMessage(TimeMessage);
        });
        RuleForEach(x => x.OnCall).ChildRules(s =>
        {
            s.RuleFor(x => x.UserId).NotNull().WithMessage("'userId' is required: the staff member on call.");
            s.RuleFor(x => x.Day).Must(IsDay).WithMessage(DayMessage);
            s.RuleFor(x => x.Starts).Must(IsTime).WithMessage(TimeMessage);
            s.RuleFor(x => x.Ends).Must(IsTime).WithMessage(TimeMessage);
        });
    }

    private const string DayMessage = "'day' must be a day of the week, such as Monday.";
    private const string TimeMessage = "Times are 24-hour HH:mm, such as 09:00 or 17:30.";

    internal static bool IsDay(string? day) => !int.TryParse(day, out _) && Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out _);

    internal static bool IsTime(string? time) => TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static DayOfWeek Day(string day) => Enum.Parse<DayOfWeek>(day, ignoreCase: true);

    internal static TimeOnly Time(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
}

public sealed class SetCoverageHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit) : ICommandHandler<SetCoverage, Result<CoverageResponse>>
{
    public async ValueTask<Result<CoverageResponse>> Handle(SetCoverage command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var created = Coverage.Create(
            command.TimeZone!,
            command.Hours!.Select(h => new ServiceHours(SetCoverageValidator.Day(h.Day!), SetCoverageValidator.Time(h.Opens!), SetCoverageValidator.Time(h.Closes!))).ToList(),
            command.OnCall!.Select(s => new OnCallShift(s.UserId!.Value, SetCoverageValidator.Day(s.Day!), SetCoverageValidator.Time(s.Starts!),
                SetCoverageValidator.Time(s.Ends!))).ToList());
        if (!created.IsSuccess)
        {
            return Error.Validation(created.Error!.Violations
                .GroupBy(v => v.Position is { } i ? $"{v.Code}[{i - 1}]" : v.Code!)
                .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));
        }

        // On call means someone who can act: an active staff member of this organisation.
        var ids = command.OnCall!.Select(s => new UserId(s.UserId!.Value)).Distinct().ToList();
        var known = await db.Staff.Where(s => s.OrganizationId == org && s.DeactivatedAt == null && ids.Contains(s.Id)).Select(s => s.Id.Value).ToListAsync(ct);
        var unknown = command.OnCall!.Select((s, i) => (s.UserId!.Value, i)).Where(x => !known.Contains(x.Value)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation(unknown.ToDictionary(x => $"onCall[{x.i}].userId", _ => new[] { "Not an active staff member of your organisation." }));
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == org, ct);
        organization.SetCoverage(created.Value);
        var response = CoverageResponse.From(created.Value);
        audit.Describe(new { response.TimeZone, response.Hours, response.OnCall });
        return response;
    }
}
