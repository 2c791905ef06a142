namespace ClinicalPortal.Domain.Clients;

/// <summary>The programme track a client follows.</summary>
public enum CareTrack
{
    General = 0,
    ChronicIllness = 1,
    Burnout = 2,
}
