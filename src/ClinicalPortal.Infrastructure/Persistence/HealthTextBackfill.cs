using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>
/// Encrypts free text that was stored in clear before it was protected (ADR 0014): the alert timeline's notes,
/// messages and reasons, and the safety plans' entries. A migration cannot do it (it has no keys), so start-up does, after the migrations, in batches,
/// and again harmlessly on every start (a Data Protection payload always begins with <c>CfDJ8</c>, its magic header in
/// base64url; nothing else is touched). Two instances starting together may both encrypt a row: the later write wins
/// and either ciphertext reads back the same text.
/// </summary>
public static class HealthTextBackfill
{
    private const string Protected = Security.DataProtectionHealthText.Header;

    public static async Task<int> RunAsync(PortalDbContext db, IHealthTextProtector text, CancellationToken ct) =>
        await AlertTextAsync(db, text, ct) + await SafetyPlansAsync(db, text, ct);

    private static async Task<int> AlertTextAsync(PortalDbContext db, IHealthTextProtector text, CancellationToken ct)
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

    /// <summary>Plans with any entry in clear; each is sealed entry by entry (entries already sealed are kept as they are).</summary>
    private static async Task<int> SafetyPlansAsync(PortalDbContext db, IHealthTextProtector text, CancellationToken ct)
    {
        var done = 0;
        while (true)
        {
            var clear = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM safety_plans
                WHERE EXISTS (SELECT 1 FROM unnest(warning_signs || coping_strategies || distraction_people_and_places
                    || people_to_ask_for_help || professionals_and_services || making_the_environment_safe || reasons_for_living) AS e
                    WHERE e NOT LIKE {Protected + "%"})
                ORDER BY id LIMIT 100
                """).ToListAsync(ct);
            if (clear.Count == 0)
            {
                return done;
            }

            var ids = clear.Select(id => new SafetyPlanId(id)).ToList();
            foreach (var plan in await db.SafetyPlans.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
            {
                plan.Seal(entry => entry.StartsWith(Protected, StringComparison.Ordinal) ? entry : text.Protect(entry));
            }

            done += await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
