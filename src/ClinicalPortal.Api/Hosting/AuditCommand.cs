using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Api.Hosting;

/// <summary><c>dotnet run --project src/ClinicalPortal.Api -- audit verify</c>: checks every organisation's audit chain; exit code 1 on any break.</summary>
public static class AuditCommand
{
    public static async Task<int> VerifyAllAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        var chain = scope.ServiceProvider.GetRequiredService<IAuditChain>();
        await chain.SealPendingAsync(CancellationToken.None);

        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync();
        var failures = 0;
        var results = new List<(string Name, AuditVerification Result)>();
        results.Add(("(no organisation)", await chain.VerifyAsync(null, CancellationToken.None)));
        foreach (var org in organizations)
        {
            results.Add((org.Name, await chain.VerifyAsync(org.Id, CancellationToken.None)));
        }

        foreach (var (name, result) in results)
        {
            failures += result.Valid ? 0 : 1;
            Console.WriteLine(result.Valid
                ? $"OK     {name}: {result.EventsChecked} events, chain intact"
                : $"BROKEN {name}: at sequence {result.BrokenAtSequence} (event {result.BrokenEventId}): {result.Problem}");
        }

        return failures == 0 ? 0 : 1;
    }
}
