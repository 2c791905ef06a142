using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Notifications;
using Mediator;
using Unit = ClinicalPortal.Domain.Common.Unit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The alert-text handler (system actor) records what became of a round's text to one person: sent, not sent because
/// no phone is on file (so a supervisor reading the alert sees who could not be texted), or not needed any more. The
/// first outcome stays. Audited with the outcome, the round and the recipient, never the number or the text.
/// </summary>
public sealed record RecordAlertText(Guid NotificationId, AlertTextState Outcome) : ICommand<Result<Unit>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.text";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => [];
    public static IReadOnlyList<string> AllowedSystemActors => [SystemActors.AlertTexts];
}

public sealed class RecordAlertTextHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<RecordAlertText, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RecordAlertText command, CancellationToken ct)
    {
        var id = new NotificationId(command.NotificationId);
        var org = user.OrganizationId!.Value;
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.OrganizationId == org, ct);
        if (notification is null)
        {
            return Error.NotFound("Notification");
        }

        var clientId = await db.Alerts.Where(a => a.Id == notification.AlertId).Select(a => a.ClientId).FirstAsync(ct);
        audit.Touch(notification.AlertId.ToString(), clientId);
        var recorded = notification.RecordText(command.Outcome, clock.GetUtcNow());
        audit.Describe(new
        {
            notificationId = notification.Id.Value, round = notification.Round, recipientId = notification.RecipientUserId.Value,
            outcome = command.Outcome.ToString(), recorded,
        });
        return Unit.Value;
    }
}
