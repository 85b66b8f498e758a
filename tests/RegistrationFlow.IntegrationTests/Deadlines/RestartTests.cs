using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

/// <summary>
/// The service stops between acceptance and the due instant; Hangfire's in-memory jobs are gone, the deadline rows are
/// not. A new host on the same database fires them at their instants, exactly once.
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
            // Five minutes before the breach: the warning has fired, the breach waits.
            first.Clock.Advance(BreachAt - TimeSpan.FromMinutes(5) - first.Clock.GetUtcNow());
            await first.WaitUntilFiredAsync((await first.DeadlineAsync(application.Id, DeadlineKind.Warning)).Id);
            before = await first.DeadlineAsync(application.Id, DeadlineKind.Breach);
            Assert.Equal(DeadlineState.Pending, before.State);
        }

        await using var second = new HostOnFolder(folder, BreachAt - TimeSpan.FromMinutes(4));
        await second.InitializeAsync();
        Assert.Equal(DeadlineState.Pending, (await second.DeadlineAsync(before.Id)).State);

        second.Clock.Advance(BreachAt - second.Clock.GetUtcNow());
        var breach = await second.DeadlineAsync(application.Id, DeadlineKind.Breach);
        await second.WaitUntilFiredAsync(breach.Id);

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

        // The missed warning fired beside it, once; nothing is left pending.
        await second.WaitUntilFiredAsync((await second.DeadlineAsync(application.Id, DeadlineKind.Warning)).Id);
        Assert.DoesNotContain(await second.DeadlinesAsync(application.Id), d => d.State == DeadlineState.Pending);
        Assert.Single(await second.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);
        Assert.Single(await second.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.Escalated);
    }
}
