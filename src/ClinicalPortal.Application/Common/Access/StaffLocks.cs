using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Access;

/// <summary>
/// Serialises changes that depend on a staff member staying active: deactivating them, and giving them a client
/// or a supervisee. Both sides take the same transaction lock (every instance), so a client cannot land on the
/// caseload of someone being deactivated at the same moment, and two administrators cannot deactivate each other at once.
/// </summary>
public sealed class StaffLocks(ITransactionLocks locks)
{
    public Task LockAsync(UserId staff, CancellationToken ct) => locks.LockUntilCommitAsync($"staff:{staff.Value}", ct);

    public Task LockAdministratorsAsync(OrganizationId organization, CancellationToken ct) =>
        locks.LockUntilCommitAsync($"org-administrators:{organization.Value}", ct);
}
