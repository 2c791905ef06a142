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

/// <summary>A weekday span of service hours as the API takes and gives it: <c>{ "day": "Monday", "opens": "09:00", "closes": "17:00" }</c>.</summary>
public sealed record ServiceHoursInput(string? Day, string? Opens, string? Closes);

/// <summary>An on-call shift: <c>{ "userId": ..., "day": "Friday", "starts": "17:00", "ends": "09:00" }</c> (past midnight when it ends before it starts).</summary>
public sealed record OnCallShiftInput(Guid? UserId, string? Day, string? Starts, string? Ends);

/// <summary>The organisation's coverage: its time zone, service hours and on-call rota, and in words what clients are told.</summary>
public sealed record CoverageResponse(string TimeZone, IReadOnlyList<ServiceHoursInput> Hours, IReadOnlyList<OnCallShiftInput> OnCall, string ClientNotice)
{
    public static CoverageResponse From(Coverage c) => new(
        c.TimeZone,
        c.Hours.Select(h => new ServiceHoursInput(h.Day.ToString(), Time(h.Opens), Time(h.Closes))).ToList(),
        c.OnCall.Select(s => new OnCallShiftInput(s.UserId, s.Day.ToString(), Time(s.Starts), Time(s.Ends))).ToList(),
        CoverageWords.ForClients(c));

    internal static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>
/// What a client is told about when the team is there (CLINICAL.md: the service's hours are shown, and outside them the
/// crisis lines are the way to get help): "Your care team works Monday to Friday, 09:00 to 17:00 (New York time). At
/// other times nobody from the team may see a message: use the crisis lines shown here."
/// </summary>
public static class CoverageWords
{
    public static string ForClients(Coverage c)
    {
        if (c.Hours.Count == 0)
        {
            return "Your care team has no set hours for messages: use the crisis lines shown here whenever you need help now.";
        }

        var spans = c.Hours.GroupBy(h => (Opens: h.Opens, Closes: h.Closes))
            .Select(g => $"{Days(g.Select(h => h.Day).ToList())}, {CoverageResponse.Time(g.Key.Opens)} to {CoverageResponse.Time(g.Key.Closes)}");
        var zone = c.TimeZone.Split('/')[^1].Replace('_', ' ');
        return $"Your care team works {string.Join("; ", spans)} ({zone} time). At other times nobody from the team may see a message: use the crisis lines shown here.";
    }

    private static string Days(IReadOnlyList<DayOfWeek> days)
    {
        var order = days.Select(d => ((int)d + 6) % 7).Order().ToList(); // Monday first
        var consecutive = order.Count > 2 && order.Zip(order.Skip(1)).All(p => p.Second == p.First + 1);
        string Name(int i) => ((DayOfWeek)((i + 1) % 7)).ToString();
        return consecutive ? $"{Name(order[0])} to {Name(order[^1])}" : string.Join(", ", order.Select(Name));
    }
}

/// <summary>The coverage (staff may read it; null until an administrator sets it).</summary>
public sealed record GetCoverage : IQuery<Result<CoverageResponse?>>, IAudited, IAuthorized
{
    public static string AuditAction => "coverage.read";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetCoverageHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit) : IQueryHandler<GetCoverage, Result<CoverageResponse?>>
{
    public async ValueTask<Result<CoverageResponse?>> Handle(GetCoverage query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var coverage = await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.Coverage).FirstAsync(ct);
        return coverage is null ? (CoverageResponse?)null : CoverageResponse.From(coverage);
    }
}

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
