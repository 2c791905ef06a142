using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>
/// The client's clinician plans an instrument every N days from a start date (in the client's calendar), optionally
/// to an end date. One active schedule per instrument and client: a second one is a 409 (end the first, then plan again).
/// </summary>
public sealed record ScheduleMeasure(Guid ClientId, string? Instrument, int? CadenceDays, string? Start, string? End)
    : ICommand<Result<MeasureScheduleResponse>>, IAudited, IAuthorized
{
    public const string AlreadyScheduled = "schedule.already_active";

    public static string AuditAction => "schedule.create";
    public static string AuditResourceType => "MeasureSchedule";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clinicians;
}

public sealed class ScheduleMeasureValidator : AbstractValidator<ScheduleMeasure>
{
    public ScheduleMeasureValidator()
    {
        RuleFor(x => x.Instrument).NotEmpty().KnownInstrument();
        RuleFor(x => x.CadenceDays).NotNull(); // its range is the schedule's own rule (MeasureSchedule.Create)
        RuleFor(x => x.Start).NotEmpty().Must(Rules.IsIsoDate).WithMessage("'start' must be a date in the form YYYY-MM-DD.");
        RuleFor(x => x.End).Must(Rules.IsIsoDate).When(x => x.End is not null)
            .WithMessage("'end' must be a date in the form YYYY-MM-DD.");
    }
}

public sealed class ScheduleMeasureHandler(
    IPortalDbContext db, ClientAccess access, ITransactionLocks locks, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<ScheduleMeasure, Result<MeasureScheduleResponse>>
{
    public async ValueTask<Result<MeasureScheduleResponse>> Handle(ScheduleMeasure command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        if (client.CheckActive() is { } discharged)
        {
            return discharged;
        }

        InstrumentLibrary.TryGet(command.Instrument!, out var instrument);
        var now = clock.GetUtcNow();
        var created = MeasureSchedule.Create(
            client.OrganizationId, client.Id, instrument!, command.CadenceDays!.Value, Rules.ParseIsoDate(command.Start!),
            Rules.ParseOptionalDate(command.End), user.UserId!.Value, now);
        if (!created.IsSuccess)
        {
            return created.Error!.OnFields(
                (MeasureSchedule.CadenceOutOfRange, "cadenceDays"), (MeasureSchedule.StartOutOfRange, "start"),
                (MeasureSchedule.EndBeforeStart, "end"), (MeasureSchedule.TooLong, "end"));
        }

        // One at a time per client and instrument, on every instance, so two requests at once cannot both pass the check.
        await locks.LockUntilCommitAsync($"schedule:{client.Id.Value}:{instrument!.Code}", ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var existing = await db.MeasureSchedules.AsNoTracking()
            .Where(s => s.ClientId == client.Id && s.InstrumentCode == instrument.Code && s.EndedAt == null)
            .ToListAsync(ct);
        if (existing.FirstOrDefault(s => s.IsActiveOn(today)) is { } active)
        {
            return Error.Conflict(ScheduleMeasure.AlreadyScheduled,
                    $"{instrument.Code} is already scheduled for this client; end that schedule first.")
                with { Details = new Dictionary<string, object> { ["scheduleId"] = active.Id.Value } };
        }

        var schedule = created.Value;
        db.MeasureSchedules.Add(schedule);
        audit.Touch(schedule.Id.ToString(), client.Id);
        return MeasureScheduleResponse.From(schedule, zone, now);
    }
}
