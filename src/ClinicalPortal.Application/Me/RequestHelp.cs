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
/// The client's "I need help now": an Imminent alert (or its unresolved alert, raised to Imminent) with an optional
/// message, in the same transaction; the answer carries the crisis lines of the client's country and their safety
/// plan, with the plain statement that the care team may not see it straight away.
/// </summary>
public sealed record RequestHelp(string? Message) : ICommand<Result<HelpResponse>>, IAudited, IAuthorized
{
    public const int MaxMessageLength = 2000;

    public static string AuditAction => "crisis.request_help";
    public static string AuditResourceType => "Alert";
    public static int SuccessStatus => 202;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class RequestHelpValidator : AbstractValidator<RequestHelp>
{
    public RequestHelpValidator() => RuleFor(x => x.Message).FreeText(RequestHelp.MaxMessageLength);
}

public sealed class RequestHelpHandler(
    ClientAccess access, AlertWorkflow workflow, CrisisResourceLookup crisis, IHealthTextProtector text, ICurrentUser user, AuditScope audit)
    : ICommandHandler<RequestHelp, Result<HelpResponse>>
{
    public async ValueTask<Result<HelpResponse>> Handle(RequestHelp command, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } client)
        {
            return ClientAccess.NotFound;
        }

        var message = string.IsNullOrWhiteSpace(command.Message) ? null : text.Protect(command.Message.Trim());
        var alert = await workflow.TriggerAsync(
            client, new AlertTrigger(AlertSource.ClientRequest, RiskTier.Imminent, null, [], message), Actor.Person(user.UserId!.Value), ct);
        audit.Touch(alert.Id.ToString(), client);
        return await crisis.HelpAsync(client, CrisisLines.HelpRequested, ct);
    }
}
