using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Persistence;
using ClinicalPortal.Infrastructure.Persistence.Configurations;
using ClinicalPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Infrastructure.Tests.Persistence;

/// <summary>The built-in library is seeded once however often and however many instances start, and reads back as written.</summary>
public sealed class ModuleLibrarySeederTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedingTwice_AndFourAtOnce_LeavesEachBuiltinModuleOnceWithItsVersions()
    {
        var connectionString = await MigratedDatabaseAsync();
        for (var i = 0; i < 2; i++)
        {
            await using var db = Context(connectionString);
            await ModuleLibrarySeeder.SeedAsync(db, Ct);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = Context(connectionString);
            await ModuleLibrarySeeder.SeedAsync(db, Ct);
        }, Ct)));

        await using var check = Context(connectionString);
        var modules = await check.Modules.AsNoTracking().Include(m => m.Versions).OrderBy(m => m.Key).ToListAsync(Ct);
        Assert.Equal(ModuleLibrary.All.Select(m => m.Key).Order(StringComparer.Ordinal), modules.Select(m => m.Key));
        var library = ModuleLibrary.All.ToDictionary(m => m.Key!, StringComparer.Ordinal);
        Assert.Equal(28, modules.Count); // 8 first modules (each now at version 2) and 20 added with issue 19
        Assert.All(modules, m =>
        {
            Assert.Null(m.OrganizationId);
            Assert.Equal(library[m.Key!].CurrentVersion, m.CurrentVersion);
            Assert.Equal(library[m.Key!].Versions.Select(v => v.Number), m.Versions.Select(v => v.Number).Order());
        });
        Assert.Equal(ModuleLibrary.All.Sum(m => m.Versions.Count), await check.ModuleVersions.CountAsync(Ct));
    }

    [Fact]
    public async Task SeededContent_ReadsBackThroughEf_AsTheLibraryWroteIt()
    {
        var connectionString = await MigratedDatabaseAsync();
        await using (var db = Context(connectionString))
        {
            await ModuleLibrarySeeder.SeedAsync(db, Ct);
        }

        await using var check = Context(connectionString);
        foreach (var builtin in ModuleLibrary.All)
        {
            var stored = await check.Modules.AsNoTracking().Include(m => m.Versions).SingleAsync(m => m.Id == builtin.Id, Ct);
            Assert.Equal(builtin.Key, stored.Key);
            Assert.Equal(builtin.CreatedAt, stored.CreatedAt);
            var version = stored.Current;
            Assert.Equal(builtin.Current.Id, version.Id);
            Assert.Equal(builtin.Current.CreatedAt, version.CreatedAt);
            // Records compare lists by reference: compare the JSON the EF column writes instead, and a few fields by value.
            Assert.Equal(JsonColumns.Serialize(builtin.Current.Content), JsonColumns.Serialize(version.Content));
            Assert.Equal(builtin.Current.Content.Steps.Select(s => s.Id), version.Content.Steps.Select(s => s.Id));
            Assert.Equal(builtin.Current.Content.Tracks, version.Content.Tracks);
            Assert.True(version.Content.Validate().IsSuccess);
        }
    }

    [Fact]
    public async Task Seeding_NeverLowersACurrentVersion_AndRestoresAMissingRow()
    {
        var connectionString = await MigratedDatabaseAsync();
        await using (var db = Context(connectionString))
        {
            await ModuleLibrarySeeder.SeedAsync(db, Ct);
            // As if a newer library had added a later version of one module, and another module's row had gone.
            var friendLetter = Module.BuiltinId(ModuleLibrary.FriendLetter).Value;
            var journal = Module.BuiltinId(ModuleLibrary.DailyJournal).Value;
            var newer = Current(ModuleLibrary.FriendLetter) + 1;
            await db.Database.ExecuteSqlAsync($"UPDATE modules SET current_version = {newer} WHERE id = {friendLetter}", Ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM module_versions WHERE module_id = {journal}", Ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM modules WHERE id = {journal}", Ct);
            await ModuleLibrarySeeder.SeedAsync(db, Ct);
        }

        await using var check = Context(connectionString);
        var versions = await check.Modules.AsNoTracking().ToDictionaryAsync(m => m.Key!, m => m.CurrentVersion, Ct);
        Assert.Equal(Current(ModuleLibrary.FriendLetter) + 1, versions[ModuleLibrary.FriendLetter]);
        Assert.Equal(Current(ModuleLibrary.DailyJournal), versions[ModuleLibrary.DailyJournal]);
        Assert.Equal(ModuleLibrary.All.Count, versions.Count);
    }

    /// <summary>The current version of a built-in module as the library has it.</summary>
    private static int Current(string key) => ModuleLibrary.All.Single(m => m.Key == key).CurrentVersion;

    private static async Task<string> MigratedDatabaseAsync()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("module_seed", Ct);
        await using var db = Context(connectionString);
        await db.Database.MigrateAsync(Ct);
        return connectionString;
    }

    private static PortalDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DependencyInjection.ConfigureDb(options, connectionString);
        return new PortalDbContext(options.Options);
    }
}
