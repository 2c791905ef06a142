using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>
/// Staff phone numbers in staff responses: an administrator, who keeps them right, sees them; a supervisor reading the
/// staff list does not (a number is personal data and the alert texts need nobody to read it).
/// </summary>
public sealed class StaffPhones(IPortalDbContext db, ICurrentUser user, IHealthTextProtector text)
{
    public async Task<IReadOnlyList<StaffResponse>> AddAsync(IReadOnlyList<StaffResponse> staff, CancellationToken ct)
    {
        if (user.Role != Role.OrgAdmin || staff.Count == 0)
        {
            return staff;
        }

        var ids = staff.Select(s => new UserId(s.Id)).ToList();
        var phones = await db.Staff.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.PhoneProtected != null)
            .Select(s => new { s.Id, s.PhoneProtected })
            .ToDictionaryAsync(s => s.Id.Value, s => s.PhoneProtected!, ct);
        return staff.Select(s => phones.TryGetValue(s.Id, out var phone) ? s with { Phone = text.Unprotect(phone) } : s).ToList();
    }
}
