using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Notifications;

/// <summary>Marks one of the caller's own notifications read (anyone else's is 404). Reading is not acknowledging the alert.</summary>
public sealed record MarkNotificationRead(Guid NotificationId) : ICommand<Result<NotificationResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "notification.read";
    public static string AuditResourceType => "Notification";
    public static bool WritesInOneBatch => true;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class MarkNotificationReadHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<MarkNotificationRead, Result<NotificationResponse>>
{
    public async ValueTask<Result<NotificationResponse>> Handle(MarkNotificationRead command, CancellationToken ct)
    {
        var id = new NotificationId(command.NotificationId);
        audit.Touch(id.ToString());
        var notification = await db.Notifications
            .FirstOrDefaultAsync(n => n.Id == id && n.RecipientUserId == user.UserId!.Value && n.OrganizationId == user.OrganizationId!.Value, ct);
        if (notification is null)
        {
            return Error.NotFound("Notification");
        }

        notification.MarkRead(clock.GetUtcNow());
        return NotificationResponse.From(notification);
    }
}
