using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Alerts;

/// <summary>Plans what follows a closed alert (<see cref="CaringContact.PlanAfter"/>) in the closing transaction.</summary>
public static class CaringContacts
{
    /// <summary>
    /// Adds the caring contacts and, for each check-in, the outbox row that tells the client when it is due (that row
    /// is its timer: any instance sends it once, after a restart too). Returns what was planned (nothing for most closings).
    /// </summary>
    public static IReadOnlyList<CaringContact> Plan(IPortalDbContext db, Alert alert, DateTimeOffset now)
    {
        var planned = CaringContact.PlanAfter(alert);
        foreach (var contact in planned)
        {
            db.CaringContacts.Add(contact);
            if (contact.Kind == CaringContactKind.CheckIn)
            {
                db.OutboxMessages.Add(OutboxMessage.Create(
                    alert.OrganizationId, CaringContactMessage.MessageType, JsonSerializer.Serialize(new CaringContactMessage(contact.Id.Value)), now,
                    CaringContactMessage.DedupKey(contact.Id.Value), contact.DueAt));
            }
        }

        return planned;
    }
}
