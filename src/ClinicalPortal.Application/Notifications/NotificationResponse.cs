using ClinicalPortal.Domain.Notifications;

namespace ClinicalPortal.Application.Notifications;

/// <summary>An inbox entry: which alert, its tier when the round went out, why this person was told, and whether it was read.</summary>
public sealed record NotificationResponse(Guid Id, Guid AlertId, string Tier, string Reason, int Round, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(Notification n) =>
        new(n.Id.Value, n.AlertId.Value, n.Tier.ToString(), n.Target.ToString(), n.Round, n.CreatedAt, n.ReadAt);
}
