using ClinicalPortal.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>PostgreSQL transaction-level advisory locks, keyed by a 64-bit hash of the text key.</summary>
public sealed class PostgresTransactionLocks(PortalDbContext db) : ITransactionLocks
{
    public async Task LockUntilCommitAsync(string key, CancellationToken cancellationToken)
    {
        // A command that writes in one batch has no transaction yet: the lock opens one, which the audit behaviour commits.
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
