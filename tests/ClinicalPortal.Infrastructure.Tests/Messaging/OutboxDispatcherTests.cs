using System.Collections.Concurrent;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Mail;
using ClinicalPortal.Infrastructure.Messaging;
using ClinicalPortal.Infrastructure.Persistence;
using ClinicalPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ClinicalPortal.Infrastructure.Tests.Messaging;

/// <summary>
/// The outbox against real PostgreSQL and a real SMTP peer: nothing is lost while the mail server is down, a batch
/// shares one SMTP connection, two dispatchers never handle a message twice, a dead dispatcher's claim runs out,
/// and failures end in a dead letter that is kept.
/// </summary>
public sealed class OutboxDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MailServerDown_PostponesWithoutCountingAnAttempt_ThenDeliversOnce_AndWipesTheLink()
    {
        var port = LocalMachine.FreeLoopbackPort();
        var clock = new FakeTimeProvider(Start);
        await using var provider = await BuildAsync(await TestDatabase.CreateDatabaseAsync("outbox", Ct), port, clock);
        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var id = await EnqueueAsync(provider, Mail("someone@example.org", "link: http://x/one-time"));

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct)); // nobody listens on the port
        var failed = await LoadAsync(provider, id);
        Assert.Equal(OutboxStatus.Pending, failed.Status);
        Assert.Equal(0, failed.Attempts); // an outage is no attempt: it never ends in a dead letter
        Assert.Equal("SmtpUnreachableException", failed.LastError);
        Assert.Equal(clock.GetUtcNow() + new OutboxOptions().UnavailableRetry, failed.AvailableAt);
        Assert.Null(failed.LockedUntil);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct)); // not due again yet

        await using var catcher = MailCatcher.Start(port);
        clock.Advance(new OutboxOptions().UnavailableRetry + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
        var mail = Assert.Single(catcher.Messages);
        Assert.Equal(["someone@example.org"], mail.To);
        Assert.Contains("http://x/one-time", mail.TextBody, StringComparison.Ordinal);

        var delivered = await LoadAsync(provider, id);
        Assert.Equal(OutboxStatus.Done, delivered.Status);
        Assert.NotNull(delivered.ProcessedAt);
        Assert.Equal("{}", delivered.Payload);
        Assert.Null(delivered.ClaimToken);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Single(catcher.Messages);
    }

    [Fact]
    public async Task ABatch_GoesOverOneSmtpConnection()
    {
        await using var catcher = MailCatcher.Start();
        var clock = new FakeTimeProvider(Start);
        await using var provider = await BuildAsync(await TestDatabase.CreateDatabaseAsync("outbox", Ct), catcher.Port, clock);
        for (var i = 0; i < 7; i++)
        {
            await EnqueueAsync(provider, Mail($"person{i}@example.org", "hello"));
        }

        Assert.Equal(7, await provider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(Ct));
        await WaitUntilAsync(() => catcher.Messages.Count == 7);
        Assert.Equal(1, catcher.Sessions);
    }

    [Fact]
    public async Task RepeatedFailures_EndInADeadLetter_ThatIsKeptAndNotClaimedAgain()
    {
        var clock = new FakeTimeProvider(Start);
        var handler = new RecordingHandler("test.fails", fail: true);
        await using var provider = await BuildAsync(
            await TestDatabase.CreateDatabaseAsync("outbox", Ct), LocalMachine.FreeLoopbackPort(), clock, handler, maxAttempts: 3);
        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var id = await EnqueueAsync(provider, OutboxMessage.Create(null, "test.fails", """{"ref":"a"}""", clock.GetUtcNow()));

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
            clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = await LoadAsync(provider, id);
        Assert.Equal(OutboxStatus.DeadLetter, dead.Status);
        Assert.Equal(3, dead.Attempts);
        Assert.Equal("InvalidOperationException", dead.LastError);
        Assert.Equal("""{"ref": "a"}""", dead.Payload);
        Assert.NotNull(dead.ProcessedAt);
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Equal(3, handler.Handled.Count);
    }

    [Fact]
    public void Backoff_Doubles_AndIsCapped()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxDispatcher.Backoff(1, TimeSpan.FromMinutes(15)));
        Assert.Equal(TimeSpan.FromSeconds(16), OutboxDispatcher.Backoff(4, TimeSpan.FromMinutes(15)));
        Assert.Equal(TimeSpan.FromMinutes(15), OutboxDispatcher.Backoff(20, TimeSpan.FromMinutes(15)));
        Assert.Equal(TimeSpan.FromMinutes(15), OutboxDispatcher.Backoff(int.MaxValue, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public async Task TwoDispatchers_OnOneDatabase_HandleEveryMessageExactlyOnce()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("outbox", Ct);
        var clock = TimeProvider.System;
        var first = new RecordingHandler("test.count", delay: TimeSpan.FromMilliseconds(2));
        var second = new RecordingHandler("test.count", delay: TimeSpan.FromMilliseconds(2));
        await using var a = await BuildAsync(connectionString, LocalMachine.FreeLoopbackPort(), clock, first, batchSize: 7);
        await using var b = await BuildAsync(connectionString, LocalMachine.FreeLoopbackPort(), clock, second, batchSize: 7, migrate: false);
        const int count = 300;
        await using (var scope = a.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            for (var i = 0; i < count; i++)
            {
                db.OutboxMessages.Add(OutboxMessage.Create(null, "test.count", $$"""{"n":{{i}}}""", clock.GetUtcNow()));
            }

            await db.SaveChangesAsync(Ct);
        }

        static async Task DrainAsync(OutboxDispatcher dispatcher)
        {
            while (await dispatcher.DispatchBatchAsync(Ct) > 0)
            {
            }
        }

        await Task.WhenAll(
            Task.Run(() => DrainAsync(a.GetRequiredService<OutboxDispatcher>()), Ct),
            Task.Run(() => DrainAsync(b.GetRequiredService<OutboxDispatcher>()), Ct));

        var handled = first.Handled.Concat(second.Handled).ToList();
        Assert.Equal(count, handled.Count);
        Assert.Equal(count, handled.Distinct().Count());
        Assert.NotEmpty(first.Handled);
        Assert.NotEmpty(second.Handled);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var pending = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE status <> 'Done'", connection);
        Assert.Equal(0L, await pending.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task AClaimOfADeadDispatcher_RunsOut_AndAnotherHandlesTheMessage()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("outbox", Ct);
        var clock = new FakeTimeProvider(Start);
        var handler = new RecordingHandler("test.count");
        await using var provider = await BuildAsync(connectionString, LocalMachine.FreeLoopbackPort(), clock, handler);
        var id = await EnqueueAsync(provider, OutboxMessage.Create(null, "test.count", "{}", clock.GetUtcNow()));
        // A dispatcher claimed it (lease of 5 minutes) and died before marking anything.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(Ct);
            await using var claim = new NpgsqlCommand(
                "UPDATE outbox_messages SET locked_until = @until, claim_token = gen_random_uuid() WHERE id = @id", connection);
            claim.Parameters.AddWithValue("until", clock.GetUtcNow().AddMinutes(5));
            claim.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await claim.ExecuteNonQueryAsync(Ct));
        }

        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Equal([id], handler.Handled);
        Assert.Equal(OutboxStatus.Done, (await LoadAsync(provider, id)).Status);
    }

    [Fact]
    public async Task TypesWithoutAHandler_AreLeftForAnInstanceThatHasOne()
    {
        var clock = new FakeTimeProvider(Start);
        await using var provider = await BuildAsync(await TestDatabase.CreateDatabaseAsync("outbox", Ct), LocalMachine.FreeLoopbackPort(), clock);
        var id = await EnqueueAsync(provider, OutboxMessage.Create(null, "from.a.newer.version", "{}", clock.GetUtcNow()));

        Assert.Equal(0, await provider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(Ct));
        var untouched = await LoadAsync(provider, id);
        Assert.Equal((OutboxStatus.Pending, 0, (Guid?)null), (untouched.Status, untouched.Attempts, untouched.ClaimToken));
    }

    [Fact]
    public async Task WithoutAnSmtpServer_MailWaits_UntriedAndNeverDeadLettered()
    {
        var clock = new FakeTimeProvider(Start);
        await using var provider = await BuildAsync(
            await TestDatabase.CreateDatabaseAsync("outbox", Ct), LocalMachine.FreeLoopbackPort(), clock, smtpHost: "");
        var id = await EnqueueAsync(provider, Mail("someone@example.org", "hello"));

        Assert.Equal(0, await provider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(Ct));
        var waiting = await LoadAsync(provider, id);
        Assert.Equal((OutboxStatus.Pending, 0), (waiting.Status, waiting.Attempts));
    }

    [Fact]
    public async Task ASecondMessageWithTheSameTypeAndKey_IsRefusedByTheDatabase()
    {
        var clock = new FakeTimeProvider(Start);
        await using var provider = await BuildAsync(await TestDatabase.CreateDatabaseAsync("outbox", Ct), LocalMachine.FreeLoopbackPort(), clock);
        await EnqueueAsync(provider, OutboxMessage.Create(null, "test.count", "{}", clock.GetUtcNow(), dedupKey: "alert:1:round:0:user:9"));
        await EnqueueAsync(provider, OutboxMessage.Create(null, "other.type", "{}", clock.GetUtcNow(), dedupKey: "alert:1:round:0:user:9"));

        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() =>
            EnqueueAsync(provider, OutboxMessage.Create(null, "test.count", "{}", clock.GetUtcNow(), dedupKey: "alert:1:round:0:user:9")));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(duplicate.InnerException).SqlState);
    }

    private static OutboxMessage Mail(string to, string body) =>
        OutboxMessage.Email(null, new EmailMessage(to, "Your ClinicalPortal invitation", body), Start);

    /// <summary>A handler of a test type that records what it was given (and fails, when told to).</summary>
    private sealed class RecordingHandler(string type, bool fail = false, TimeSpan delay = default) : IOutboxHandler
    {
        public ConcurrentQueue<Guid> Handled { get; } = new();

        public string MessageType => type;

        public PayloadRetention Retention => PayloadRetention.Keep;

        public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Handled.Enqueue(message.Id);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            if (fail)
            {
                throw new InvalidOperationException("The handler refuses (test).");
            }
        }
    }

    private static async Task<ServiceProvider> BuildAsync(
        string connectionString, int smtpPort, TimeProvider clock, IOutboxHandler? handler = null, int maxAttempts = 25,
        int batchSize = 20, bool migrate = true, string smtpHost = "127.0.0.1")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = smtpHost,
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddInfrastructure(configuration, connectionString);
        if (handler is not null)
        {
            services.AddSingleton(handler);
        }

        var provider = services.BuildServiceProvider();
        if (migrate)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync(Ct);
        }

        return provider;
    }

    private static async Task<Guid> EnqueueAsync(IServiceProvider provider, OutboxMessage message)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(Ct);
        return message.Id;
    }

    private static async Task<OutboxMessage> LoadAsync(IServiceProvider provider, Guid id)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(condition());
    }
}
