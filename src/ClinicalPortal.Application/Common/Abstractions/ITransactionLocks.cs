namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// A lock held by the current database transaction and released when it ends, shared by every app
/// instance on the database. For serialising work on one key (an idempotency key, a client) without a hot row.
/// Opens the request's transaction if it has none yet (the audit behaviour commits it).
/// </summary>
public interface ITransactionLocks
{
    Task LockUntilCommitAsync(string key, CancellationToken cancellationToken);
}
