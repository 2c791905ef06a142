using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Mail;
using ClinicalPortal.Infrastructure.Messaging;
using ClinicalPortal.Infrastructure.Persistence;
using ClinicalPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClinicalPortal.Infrastructure.Tests.Messaging;

/// <summary>The outbox against real PostgreSQL and a real SMTP peer: nothing is lost while the mail server is down.</summary>
public sealed class OutboxDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MailServerDown_BacksOff_ThenDeliversOnce_AndForgetsTheLink()
    {
        var port = LocalMachine.FreeLoopbackPort();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        await using var provider = await BuildAsync(port, clock);
        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var id = await EnqueueAsync(provider, new EmailMessage("someone@example.org", "Your ClinicalPortal invitation", "link: http://x/one-time"));

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct)); // nobody listens on the port
        var failed = await LoadAsync(provider, id);
        Assert.Null(failed.DeliveredAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("SocketException", failed.LastError);
        Assert.Equal(clock.GetUtcNow().AddSeconds(2), failed.AvailableAt);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct)); // not due again yet

        await using var catcher = MailCatcher.Start(port);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
        var mail = Assert.Single(catcher.Messages);
        Assert.Equal(["someone@example.org"], mail.To);
        Assert.Contains("http://x/one-time", mail.TextBody, StringComparison.Ordinal);

        var delivered = await LoadAsync(provider, id);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal("{}", delivered.Payload);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Single(catcher.Messages);
    }

    [Fact]
    public async Task RiskMessages_AreLeftForTheirOwnConsumer()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = await BuildAsync(LocalMachine.FreeLoopbackPort(), clock);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.OutboxMessages.Add(OutboxMessage.RiskIdentified(OrganizationId.New(),
                new RiskIdentified(Guid.NewGuid(), Guid.NewGuid(), "PHQ-9", "High", ["PHQ9_ITEM9"], clock.GetUtcNow()), clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(0, await provider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(Ct));
    }

    private static async Task<ServiceProvider> BuildAsync(int smtpPort, TimeProvider clock)
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("outbox", Ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddInfrastructure(configuration, connectionString);
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync(Ct);
        return provider;
    }

    private static async Task<Guid> EnqueueAsync(IServiceProvider provider, EmailMessage message)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var outbox = OutboxMessage.Email(null, message, provider.GetRequiredService<TimeProvider>().GetUtcNow());
        db.OutboxMessages.Add(outbox);
        await db.SaveChangesAsync(Ct);
        return outbox.Id;
    }

    private static async Task<OutboxMessage> LoadAsync(IServiceProvider provider, Guid id)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }
}
