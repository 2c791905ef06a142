namespace ClinicalPortal.Domain.Alerts;

/// <summary>How a member of staff tried to reach the client about an alert.</summary>
public enum ContactChannel
{
    Phone = 0,
    TextMessage = 1,
    Email = 2,
    VideoCall = 3,
    InPerson = 4,
}
