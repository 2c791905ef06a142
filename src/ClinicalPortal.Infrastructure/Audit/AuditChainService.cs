using System.Data;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Audit;

/// <summary>
/// Seals audit events into per-organisation hash chains after they commit, and verifies a chain.
/// Writers only INSERT (no hot row, no lock on the request path); one sealer at a time (a PostgreSQL
/// advisory lock, so any number of app instances can run it) assigns the chain position and hash.
/// Chain order is sealing order, so an event that commits late simply takes a later position.
/// </summary>
public sealed class AuditChainService(PortalDbContext db, TimeProvider clock) : IAuditChain
{
    private const long SealerLockKey = 0x434C_5041_5544; // "CLPAUD"
    private const int BatchSize = 2000;

    public async Task<int> SealPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var sealedNow = await SealBatchAsync(cancellationToken);
            total += Math.Max(sealedNow, 0);
            if (sealedNow < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Waits for a sealer in another instance rather than skipping, so a verification right after
        // a write always sees the write sealed.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SealerLockKey})", ct);

        var pending = await db.AuditEvents.AsNoTracking().Where(e => e.Hash == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var chainIds = pending.Select(ChainIdOf).Distinct().ToList();
        var heads = await db.AuditChainHeads.Where(h => chainIds.Contains(h.ChainId)).ToDictionaryAsync(h => h.ChainId, ct);
        var now = clock.GetUtcNow();
        var ids = new long[pending.Count];
        var sequences = new long[pending.Count];
        var previousHashes = new string[pending.Count];
        var hashes = new string[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var e = pending[i];
            var chainId = ChainIdOf(e);
            if (!heads.TryGetValue(chainId, out var head))
            {
                head = new AuditChainHead { ChainId = chainId };
                db.AuditChainHeads.Add(head);
                heads[chainId] = head;
            }

            (ids[i], sequences[i], previousHashes[i]) = (e.Id, head.LastSequence + 1, head.LastHash);
            hashes[i] = AuditChain.ComputeHash(e, sequences[i], previousHashes[i]);
            head.LastSequence = sequences[i];
            head.LastHash = hashes[i];
            head.UpdatedAt = now;
        }

        // One statement for the whole batch; the append-only trigger still checks every row.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE audit_events AS e
            SET chain_sequence = v.sequence, previous_hash = v.previous_hash, hash = v.hash, sealed_at = {now}
            FROM unnest({ids}, {sequences}, {previousHashes}, {hashes}) AS v(id, sequence, previous_hash, hash)
            WHERE e.id = v.id AND e.hash IS NULL
            """, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count;
    }

    public async Task<AuditVerification> VerifyAsync(OrganizationId? organizationId, CancellationToken cancellationToken)
    {
        // A read: sealing is the sealer's job (AuditSealer, every instance). One snapshot for the head and the events,
        // since sealing goes on meanwhile; events not sealed yet are counted, not checked.
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var chainId = organizationId?.Value ?? Guid.Empty;
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.ChainId == chainId, cancellationToken);
        var events = organizationId is { } org
            ? db.AuditEvents.AsNoTracking().Where(e => e.OrganizationId == org)
            : db.AuditEvents.AsNoTracking().Where(e => e.OrganizationId == null);

        var unsealed = await events.LongCountAsync(e => e.Hash == null, cancellationToken);
        long expected = 1;
        var previous = AuditChain.GenesisHash;
        await foreach (var e in events.Where(e => e.Hash != null).OrderBy(e => e.ChainSequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? problem = null;
            if (e.ChainSequence != expected)
            {
                problem = $"Expected sequence {expected}, found {e.ChainSequence}: events are missing.";
            }
            else if (e.PreviousHash != previous)
            {
                problem = "The link to the previous event does not match.";
            }
            else if (AuditChain.ComputeHash(e, expected, previous) != e.Hash)
            {
                problem = "The event's content does not match its hash: it was altered.";
            }

            if (problem is not null)
            {
                return new AuditVerification(organizationId?.Value, expected - 1, false, expected, e.Id, problem, unsealed);
            }

            previous = e.Hash!;
            expected++;
        }

        var checkedCount = expected - 1;
        if ((head?.LastSequence ?? 0) != checkedCount || (head?.LastHash ?? AuditChain.GenesisHash) != previous)
        {
            return new AuditVerification(organizationId?.Value, checkedCount, false, checkedCount + 1, null,
                "The end of the chain does not match its recorded head: events were removed from the end.", unsealed);
        }

        return new AuditVerification(organizationId?.Value, checkedCount, true, null, null, null, unsealed);
    }

    private static Guid ChainIdOf(AuditEvent e) => e.OrganizationId?.Value ?? Guid.Empty;
}
