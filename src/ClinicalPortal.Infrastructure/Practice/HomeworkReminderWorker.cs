using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Infrastructure.Hosting;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Practice;

/// <summary>
/// Queues the daily homework digests, on every instance: for each organisation with homework due around today, an
/// audited <see cref="QueueHomeworkDigests"/> request of the <c>system:reminders</c> actor, which writes one outbox
/// e-mail per client and day. The timer is the database's: a digest already queued is never queued again, and one
/// missed while every instance was down is queued at the next poll, while the client's day lasts.
/// </summary>
public sealed partial class HomeworkReminderWorker(
    IServiceScopeFactory scopes, SystemRequests requests, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<HomeworkReminderWorker> logger)
    : PeriodicWorker(clock, logger)
{
    private readonly ILogger _logger = logger;

    protected override string Name => "Homework reminder worker";

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override bool Enabled => options.Value.Enabled;

    public override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await QueueAsync(cancellationToken);
        return false;
    }

    /// <summary>Queues what is due now; returns the number of digests queued.</summary>
    public async Task<int> QueueAsync(CancellationToken ct)
    {
        List<Domain.Common.OrganizationId> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var utcDay = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
            organizations = await db.HomeworkTasks.AsNoTracking()
                .Where(t => t.State == HomeworkState.Pending && t.Date >= utcDay.AddDays(-1) && t.Date <= utcDay.AddDays(1))
                .Select(t => t.OrganizationId).Distinct().ToListAsync(ct);
        }

        var queued = 0;
        foreach (var organization in organizations)
        {
            var result = await requests.SendAsync(
                SystemActors.Reminders, organization, $"reminders:{organization}", new QueueHomeworkDigests(options.Value.LocalHour), ct);
            queued += result.IsSuccess ? result.Value : 0;
        }

        if (queued > 0)
        {
            LogQueued(_logger, queued, organizations.Count);
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Homework reminder worker queued {Queued} digests in {Organizations} organisations.")]
    private static partial void LogQueued(ILogger logger, int queued, int organizations);
}
