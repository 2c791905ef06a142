using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>
/// Puts the built-in module library (<see cref="ModuleLibrary"/>) in the database at start-up, in every environment.
/// Idempotent and safe when several instances start at once: the ids derive from the modules' keys, every row is
/// inserted with <c>ON CONFLICT (id) DO NOTHING</c>, and a module's current version only ever rises (a newer library
/// adds its versions; an older instance starting later never takes them back). One transaction, rows in one order, so
/// instances wait for each other instead of deadlocking, and nobody ever sees a module without its versions. Content is
/// written as the EF jsonb column writes it (<see cref="JsonColumns.Serialize{T}"/>).
/// </summary>
public static class ModuleLibrarySeeder
{
    public static async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var module in ModuleLibrary.Create())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO modules (id, organization_id, key, current_version, created_at, created_by)
                VALUES ({module.Id.Value}, NULL, {module.Key}, {module.CurrentVersion}, {module.CreatedAt}, NULL)
                ON CONFLICT (id) DO NOTHING
                """, ct);
            foreach (var version in module.Versions.OrderBy(v => v.Number))
            {
                var content = JsonColumns.Serialize(version.Content);
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO module_versions (id, module_id, number, content, created_at, created_by)
                    VALUES ({version.Id.Value}, {module.Id.Value}, {version.Number}, {content}::jsonb, {version.CreatedAt}, NULL)
                    ON CONFLICT (id) DO NOTHING
                    """, ct);
            }

            // current_version = greatest(stored, library's), writing the row only when the library's is newer.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE modules SET current_version = {module.CurrentVersion}
                WHERE id = {module.Id.Value} AND current_version < {module.CurrentVersion}
                """, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
