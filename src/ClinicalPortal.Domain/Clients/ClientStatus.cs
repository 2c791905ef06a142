namespace ClinicalPortal.Domain.Clients;

/// <summary>Whether the client is in care. A discharged client's record stays readable; the client can no longer sign in.</summary>
public enum ClientStatus
{
    Active = 0,
    Discharged = 1,
}
