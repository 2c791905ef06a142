using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

/// <summary>
/// The client answers a check-in: "Ok" or "NotOk", once. "Not OK" raises a High alert (or adds to the open one) in the
/// same transaction, and the answer carries the crisis lines of the client's country and their safety plan, with the
/// plain statement that the care team may not see it straight away. Another client's check-in, or one not due yet, is 404.
/// </summary>
public sealed record AnswerCheckIn(Guid CheckInId, string? Answer) : ICommand<Result<CheckInAnswerResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "check_in.answer";
    public static string AuditResourceType => "CaringContact";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class AnswerCheckInValidator : AbstractValidator<AnswerCheckIn>
{
    public AnswerCheckInValidator() => RuleFor(x => x.Answer).NotEmpty().EnumName<AnswerCheckIn, CheckInAnswer>();
}

public sealed class AnswerCheckInHandler(
    IPortalDbContext db, ITransactionLocks locks, ClientAccess access, AlertWorkflow workflow, CrisisResourceLookup crisis, ICurrentUser user,
    AuditScope audit, TimeProvider clock)
    : ICommandHandler<AnswerCheckIn, Result<CheckInAnswerResponse>>
{
    public async ValueTask<Result<CheckInAnswerResponse>> Handle(AnswerCheckIn command, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } client)
        {
            return ClientAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        var id = new CaringContactId(command.CheckInId);
        // One answer at a time per check-in: two taps at once record one answer and raise one alert.
        await locks.LockUntilCommitAsync($"caring-contact:{id}", ct);
        var checkIn = await db.CaringContacts
            .FirstOrDefaultAsync(c => c.Id == id && c.ClientId == client && c.Kind == CaringContactKind.CheckIn && c.DueAt <= now, ct);
        if (checkIn is null)
        {
            return Error.NotFound("Check-in");
        }

        audit.Touch(checkIn.Id.ToString(), client);
        var answer = Enum.Parse<CheckInAnswer>(command.Answer!);
        var answered = checkIn.AnswerCheckIn(answer, now);
        if (!answered.IsSuccess)
        {
            return answered.Error!;
        }

        if (answer == CheckInAnswer.NotOk)
        {
            var alert = await workflow.TriggerAsync(
                client, new AlertTrigger(AlertSource.CheckIn, RiskTier.High, checkIn.Id.Value, [], null), Actor.Person(user.UserId!.Value), ct);
            checkIn.Raised(alert.Id);
        }

        audit.Describe(new { answer = answer.ToString(), raisedAlert = checkIn.RaisedAlertId?.Value, followingAlert = checkIn.AlertId.Value });
        var help = await crisis.HelpAsync(client, answer == CheckInAnswer.NotOk ? CrisisLines.HelpRequested : CrisisLines.AnswersNotMonitored, ct);
        return new CheckInAnswerResponse(CheckInResponse.From(checkIn), help);
    }
}
