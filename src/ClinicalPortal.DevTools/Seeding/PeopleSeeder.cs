using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ClinicalPortal.DevTools.Seeding;

/// <summary>
/// Creates organisations, staff and clients with ready-to-use logins (password set, e-mail confirmed),
/// through the same domain factories the API uses. For demo data and test fixtures, not for production flows.
/// </summary>
public sealed class PeopleSeeder(PortalDbContext db, UserManager<PortalUser> users, IHealthTextProtector text, TimeProvider clock)
{
    public async Task<Organization> OrganizationAsync(string name, CancellationToken ct, string country = Organization.DefaultCountry)
    {
        var org = Organization.Create(name, clock.GetUtcNow(), country);
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        return org;
    }

    public async Task<StaffMember> StaffAsync(
        Organization org, string email, string displayName, Role role, string password, StaffMember? supervisor, CancellationToken ct)
    {
        var id = await LoginAsync(org, email, displayName, role, password);
        var member = Check(StaffMember.Create(id, org.Id, email, displayName, role, clock.GetUtcNow()));
        if (supervisor is not null)
        {
            Check(member.AssignSupervisor(supervisor));
        }

        db.Staff.Add(member);
        await db.SaveChangesAsync(ct);
        return member;
    }

    /// <summary>Gives the staff member a phone number for urgent texts (normalised and encrypted as the API does).</summary>
    public async Task PhoneAsync(StaffMember member, string phone, CancellationToken ct)
    {
        Check(member.SetPhone(text.Protect(Check(PhoneNumber.Parse(phone)).Value)));
        await db.SaveChangesAsync(ct);
    }

    public async Task<Client> ClientAsync(
        Organization org, StaffMember clinician, string email, string givenName, string familyName, DateOnly dateOfBirth,
        CareTrack track, string timeZone, string password, CancellationToken ct)
    {
        var id = await LoginAsync(org, email, $"{givenName} {familyName}", Role.Client, password);
        var client = Check(Client.Create(
            org.Id, id, givenName, familyName, dateOfBirth, email, track, timeZone, clinician, clock.GetUtcNow()));
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        return client;
    }

    private async Task<UserId> LoginAsync(Organization org, string email, string displayName, Role role, string password)
    {
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            OrganizationId = org.Id.Value,
            Role = role,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Login {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }

        return new UserId(user.Id);
    }

    private static T Check<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);
}
