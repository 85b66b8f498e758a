using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

/// <summary>
/// The service stops between acceptance and the due instant; Hangfire's in-memory jobs are gone, the deadline rows are
/// not. A new host on the same database file schedules them again and escalates exactly once.
/// </summary>
public sealed class RestartTests
{
    private static readonly DateTimeOffset BreachAt = new(2026, 3, 2, 17, 0, 1, TimeSpan.FromHours(8));

    [Fact]
    public async Task After_a_restart_before_the_due_instant_the_breach_still_escalates_exactly_once()
    {
        var folder = ServiceHost.NewFolder();
        Application application;
        Deadline before;
        await using (var first = new HostOnFolder(folder, ServiceHost.Start) { KeepFolder = true })
        {
            await first.InitializeAsync();
            application = await first.AcceptedAsync();
            // Five minutes before the breach it is within the horizon and the reconciliation has given it a job.
            first.Clock.Advance(BreachAt - TimeSpan.FromMinutes(5) - first.Clock.GetUtcNow());
            await first.WaitUntilFiredAsync((await first.DeadlineAsync(application.Id, DeadlineKind.Warning)).Id);
            await first.InScopeAsync(services => services.GetRequiredService<DeadlineReconciler>().ReconcileAsync(CancellationToken.None));
            before = await first.DeadlineAsync(application.Id, DeadlineKind.Breach);
            Assert.NotNull(before.JobId);
        }

        await using var second = new HostOnFolder(folder, BreachAt - TimeSpan.FromMinutes(4));
        await second.InitializeAsync();
        var scheduler = second.Services.GetRequiredService<IDeadlineScheduler>();
        // In-memory jobs (the single SQLite node) went with the old host; PostgreSQL's durable jobs are still there.
        Assert.Equal(ServiceHost.OnPostgreSql, scheduler.IsAlive(before.JobId!));
        // The start-up reconciliation, in the background, gives every pending row a live job again.
        await Eventually.TrueAsync(async () => (await second.DeadlinesAsync(application.Id))
            .Where(d => d.State == DeadlineState.Pending)
            .All(d => d.JobId is { } id && scheduler.IsAlive(id)), "the pending deadlines have live jobs");

        second.Clock.Advance(BreachAt - second.Clock.GetUtcNow());
        var breach = await second.DeadlineAsync(application.Id, DeadlineKind.Breach);
        await second.WaitUntilFiredAsync(breach.Id);
        await second.WaitUntilFiredAsync((await second.DeadlineAsync(application.Id, DeadlineKind.Warning)).Id);

        Assert.Equal(BreachAt, (await second.DeadlineAsync(breach.Id)).FiredAt);
        Assert.True((await second.ApplicationAsync(application.Id)).Overdue);
        Assert.Single(await second.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.Escalated);
        Assert.Single(await second.NotificationsAsync(application.Id), n => n.Template == NotifyTemplates.DeadlineBreach);
    }

    [Fact]
    public async Task A_breach_missed_while_the_service_was_down_fires_once_at_start_up_with_the_real_instant_recorded()
    {
        var folder = ServiceHost.NewFolder();
        Application application;
        await using (var first = new HostOnFolder(folder, ServiceHost.Start) { KeepFolder = true })
        {
            await first.InitializeAsync();
            application = await first.AcceptedAsync();
        }

        var restartedAt = new DateTimeOffset(2026, 3, 2, 18, 30, 0, TimeSpan.FromHours(8));
        await using var second = new HostOnFolder(folder, restartedAt);
        await second.InitializeAsync();
        var breach = await second.DeadlineAsync(application.Id, DeadlineKind.Breach);
        await second.WaitUntilFiredAsync(breach.Id);

        var fired = await second.DeadlineAsync(breach.Id);
        Assert.Equal(BreachAt, fired.DueAt);
        Assert.Equal(restartedAt, fired.FiredAt);
        var escalation = Assert.Single(await second.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.Escalated);
        Assert.Equal(restartedAt, escalation.Instant);

        // The minute reconciler afterwards finds nothing left to do, once the missed warning (run beside the breach) is done too.
        await second.WaitUntilFiredAsync((await second.DeadlineAsync(application.Id, DeadlineKind.Warning)).Id);
        var report = await second.InScopeAsync(services => services.GetRequiredService<DeadlineReconciler>().ReconcileAsync(CancellationToken.None));
        Assert.Equal(0, report.Pending);
        Assert.Single(await second.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.Escalated);
    }
}
