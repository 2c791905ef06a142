namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The outbox payload that tells a client a check-in is waiting, handled from the check-in's due time (the outbox row
/// is the timer): its id only.
/// </summary>
public sealed record CaringContactMessage(Guid CaringContactId)
{
    public const string MessageType = "caring_contact.due";

    public static string DedupKey(Guid id) => $"caring-contact:{id}";
}
