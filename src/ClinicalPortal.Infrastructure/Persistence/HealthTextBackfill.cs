using ClinicalPortal.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>
/// Encrypts free text that was stored in clear before it was protected (ADR 0014): the alert timeline's notes,
/// messages and reasons. A migration cannot do it (it has no keys), so start-up does, after the migrations, in batches,
/// and again harmlessly on every start (a Data Protection payload always begins with <c>CfDJ8</c>, its magic header in
/// base64url; nothing else is touched). Two instances starting together may both encrypt a row: the later write wins
/// and either ciphertext reads back the same text.
/// </summary>
public static class HealthTextBackfill
{
    private const string Protected = "CfDJ8";

    public static async Task<int> RunAsync(PortalDbContext db, IHealthTextProtector text, CancellationToken ct)
    {
        var done = 0;
        while (true)
        {
            var clear = await db.AlertEvents.AsNoTracking()
                .Where(e => e.TextProtected != null && !e.TextProtected.StartsWith(Protected))
                .OrderBy(e => e.Id).Select(e => new { e.Id, e.TextProtected }).Take(500).ToListAsync(ct);
            if (clear.Count == 0)
            {
                return done;
            }

            foreach (var row in clear)
            {
                var cipher = text.Protect(row.TextProtected!);
                done += await db.AlertEvents.Where(e => e.Id == row.Id && e.TextProtected == row.TextProtected)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.TextProtected, cipher), ct);
            }
        }
    }
}
