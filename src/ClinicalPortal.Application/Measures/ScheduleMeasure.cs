using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

public sealed record MeasureScheduleResponse(
    Guid Id, Guid ClientId, string Instrument, int CadenceDays, DateOnly Start, DateOnly? End, AdministrationWindow? CurrentWindow);

/// <summary>The client's clinician plans an instrument every N days from a start date (in the client's calendar), optionally to an end date.</summary>
public sealed record ScheduleMeasure(Guid ClientId, string? Instrument, int? CadenceDays, string? Start, string? End)
    : ICommand<Result<MeasureScheduleResponse>>, IAudited
{
    public static string AuditAction => "schedule.create";
    public static string AuditResourceType => "MeasureSchedule";
    public static int SuccessStatus => 201;
}

public sealed class ScheduleMeasureValidator : AbstractValidator<ScheduleMeasure>
{
    public ScheduleMeasureValidator()
    {
        RuleFor(x => x.Instrument)
            .NotEmpty()
            .Must(code => InstrumentLibrary.TryGet(code!, out _))
            .WithMessage(x => $"'instrument' '{x.Instrument}' is not a known instrument.");
        RuleFor(x => x.CadenceDays).NotNull(); // its range is the schedule's own rule (MeasureSchedule.Create)
        RuleFor(x => x.Start).NotEmpty().Must(Rules.IsIsoDate).WithMessage("'start' must be a date in the form YYYY-MM-DD.");
        RuleFor(x => x.End).Must(Rules.IsIsoDate).When(x => x.End is not null)
            .WithMessage("'end' must be a date in the form YYYY-MM-DD.");
    }
}

public sealed class ScheduleMeasureHandler(
    IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<ScheduleMeasure, Result<MeasureScheduleResponse>>
{
    public async ValueTask<Result<MeasureScheduleResponse>> Handle(ScheduleMeasure command, CancellationToken ct)
    {
        var clientId = new ClientId(command.ClientId);
        audit.Touch(clientId);
        var client = await access.Reachable().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        if (user.Role != Role.Clinician)
        {
            return Error.Forbidden("Only the client's clinician schedules measures.");
        }

        InstrumentLibrary.TryGet(command.Instrument!, out var instrument);
        var created = MeasureSchedule.Create(
            client.OrganizationId, clientId, instrument!, command.CadenceDays!.Value, Rules.ParseIsoDate(command.Start!),
            command.End is null ? null : Rules.ParseIsoDate(command.End), user.UserId!.Value, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var schedule = created.Value;
        db.MeasureSchedules.Add(schedule);
        audit.Touch(schedule.Id.ToString(), clientId);
        return Respond(schedule, TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone), clock.GetUtcNow());
    }

    public static MeasureScheduleResponse Respond(MeasureSchedule s, TimeZoneInfo zone, DateTimeOffset now) =>
        new(s.Id.Value, s.ClientId.Value, s.InstrumentCode, s.CadenceDays, s.StartDate, s.EndDate, s.WindowAt(now, zone));
}

public sealed record ListMeasureSchedules(Guid ClientId) : IQuery<Result<IReadOnlyList<MeasureScheduleResponse>>>, IAudited
{
    public static string AuditAction => "schedule.list";
    public static string AuditResourceType => "MeasureSchedule";
}

public sealed class ListMeasureSchedulesHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<ListMeasureSchedules, Result<IReadOnlyList<MeasureScheduleResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<MeasureScheduleResponse>>> Handle(ListMeasureSchedules query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId);
        var client = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.TimeZone }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = clock.GetUtcNow();
        var schedules = await db.MeasureSchedules.AsNoTracking().Where(s => s.ClientId == clientId)
            .OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return schedules.Select(s => ScheduleMeasureHandler.Respond(s, zone, now)).ToList();
    }
}
