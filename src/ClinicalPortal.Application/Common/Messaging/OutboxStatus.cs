namespace ClinicalPortal.Application.Common.Messaging;

public enum OutboxStatus
{
    /// <summary>Waiting to be handled (or to be tried again at <c>AvailableAt</c>).</summary>
    Pending = 0,

    /// <summary>Handled.</summary>
    Done = 1,

    /// <summary>Failed too often: kept, listed for an administrator to look at and send again, never dropped.</summary>
    DeadLetter = 2,
}
