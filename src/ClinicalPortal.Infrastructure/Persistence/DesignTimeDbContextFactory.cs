using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app (no connection is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DependencyInjection.ConfigureDb(options, "Host=127.0.0.1;Database=design_time;Username=design;Password=design");
        return new PortalDbContext(options.Options);
    }
}
