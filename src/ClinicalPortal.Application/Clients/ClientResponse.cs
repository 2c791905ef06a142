using System.Linq.Expressions;
using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Application.Clients;

/// <summary>A client record. <see cref="Country"/>: the client's own country for crisis lines, when it is not the organisation's (null otherwise).</summary>
public sealed record ClientResponse(
    Guid Id,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Email,
    CareTrack Track,
    string TimeZone,
    Guid ClinicianId,
    Guid OrganizationId,
    DateTimeOffset CreatedAt,
    ClientStatus Status,
    DateTimeOffset? DischargedAt,
    string? Country,
    ClientContactResponse? Contact = null)
{
    public static readonly Expression<Func<Client, ClientResponse>> Projection = c => new ClientResponse(
        c.Id.Value, c.GivenName, c.FamilyName, c.DateOfBirth, c.Email, c.Track, c.TimeZone,
        c.ClinicianId.Value, c.OrganizationId.Value, c.CreatedAt, c.Status, c.DischargedAt, c.Country);

    private static readonly Func<Client, ClientResponse> Compiled = Projection.Compile();

    public static ClientResponse From(Client client) => Compiled(client);
}
