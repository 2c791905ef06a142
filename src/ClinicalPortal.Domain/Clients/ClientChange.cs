namespace ClinicalPortal.Domain.Clients;

/// <summary>
/// A change to a client's details; null leaves a field as it is. <see cref="Client.Update"/> reports which fields
/// changed (their names, never their values: the audit trail records that a name changed, not the name). An empty
/// <see cref="Country"/> clears the client's own country (the organisation's applies again).
/// </summary>
public sealed record ClientChange(
    string? GivenName = null,
    string? FamilyName = null,
    string? Email = null,
    CareTrack? Track = null,
    string? TimeZone = null,
    string? Country = null);
