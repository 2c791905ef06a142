namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>What becomes of a message's payload once it is handled.</summary>
public enum PayloadRetention
{
    /// <summary>Kept (ids only, e.g. an alert notification: the record of who was told).</summary>
    Keep = 0,

    /// <summary>Wiped (it held a secret, e.g. an invitation's one-time link, or an address).</summary>
    WipeWhenDone = 1,
}
