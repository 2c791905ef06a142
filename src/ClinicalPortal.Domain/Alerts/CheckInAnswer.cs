namespace ClinicalPortal.Domain.Alerts;

/// <summary>The one answer of a check-in.</summary>
public enum CheckInAnswer
{
    Ok = 0,
    NotOk = 1,
}
