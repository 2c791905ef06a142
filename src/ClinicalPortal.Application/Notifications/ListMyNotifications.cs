using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Notifications;

/// <summary>The caller's inbox: unread first, newest first within each (<c>unread=true</c>: unread only).</summary>
public sealed record ListMyNotifications(string? Unread = null, string? Limit = null)
    : IQuery<Result<IReadOnlyList<NotificationResponse>>>, IAudited, IAuthorized
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string AuditAction => "notification.list";
    public static string AuditResourceType => "Notification";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator()
    {
        RuleFor(x => x.Unread).Must(v => v is "true" or "false").When(x => x.Unread is not null)
            .WithMessage("'unread' must be true or false.");
        RuleFor(x => x.Limit).PageLimit(ListMyNotifications.MaxLimit);
    }
}

public sealed class ListMyNotificationsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListMyNotifications, Result<IReadOnlyList<NotificationResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<NotificationResponse>>> Handle(ListMyNotifications query, CancellationToken ct)
    {
        var (me, org) = (user.UserId!.Value, user.OrganizationId!.Value);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == me && n.OrganizationId == org);
        if (query.Unread == "true")
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var page = await mine
            .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(Rules.ParseInt(query.Limit, ListMyNotifications.DefaultLimit))
            .ToListAsync(ct);
        audit.Touch(me.ToString());
        audit.Describe(new { count = page.Count, unread = page.Count(n => n.ReadAt is null) });
        return page.Select(NotificationResponse.From).ToList();
    }
}
