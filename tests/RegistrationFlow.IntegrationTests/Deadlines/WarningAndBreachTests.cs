using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

/// <summary>
/// Accepted on Monday 2 March 2026 at 09:00 (winter hours, closing 17:00) under same-day service: warned at 16:00 (60
/// minutes of working time before), breached one second after 17:00. The real Hangfire server runs the jobs; the fake
/// clock decides when.
/// </summary>
public sealed class WarningAndBreachTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset WarningAt = new(2026, 3, 2, 16, 0, 0, ChinaStandardTime);
    private static readonly DateTimeOffset DueAt = new(2026, 3, 2, 17, 0, 0, ChinaStandardTime);

    [Fact]
    public async Task Warning_and_breach_each_fire_once_at_their_instant_and_a_duplicate_job_changes_nothing()
    {
        var application = await host.AcceptedAsync();
        Assert.Equal(DueAt, application.DueAt);
        var warning = await host.DeadlineAsync(application.Id, DeadlineKind.Warning);
        var breach = await host.DeadlineAsync(application.Id, DeadlineKind.Breach);
        Assert.Equal(WarningAt, warning.DueAt);
        Assert.Equal(DueAt.AddSeconds(1), breach.DueAt);
        // One second before the warning nothing is due: a firing job run now fires nothing.
        host.Clock.Advance(WarningAt - host.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await host.InScopeAsync(services => services.GetRequiredService<DeadlineFiringJob>().FireDueAsync(CancellationToken.None)));
        Assert.Equal(DeadlineState.Pending, (await host.DeadlineAsync(warning.Id)).State);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.WaitUntilFiredAsync(warning.Id);
        Assert.Equal(WarningAt, (await host.DeadlineAsync(warning.Id)).FiredAt);
        Assert.Equal(DeadlineState.Pending, (await host.DeadlineAsync(breach.Id)).State);
        Assert.False((await host.ApplicationAsync(application.Id)).Overdue);
        var warned = (await host.NotificationsAsync(application.Id)).Where(n => n.Template == NotifyTemplates.DeadlineWarning).ToList();
        Assert.NotEmpty(warned);
        Assert.All(warned, n => Assert.Equal("reviewer", n.Recipient)); // the open step's role

        // The pump wakes on the product clock at the breach's instant and has Hangfire fire it.
        host.Clock.Advance(breach.DueAt - host.Clock.GetUtcNow());
        await host.WaitUntilFiredAsync(breach.Id);
        Assert.Equal(breach.DueAt, (await host.DeadlineAsync(breach.Id)).FiredAt);
        Assert.True((await host.ApplicationAsync(application.Id)).Overdue);

        // The firing went through Hangfire, where the dashboard shows it.
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.TrueAsync(() => Task.FromResult(monitoring.SucceededJobs(0, 1000)
            .Any(job => job.Value.Job?.Method.Name == nameof(DeadlineFiringJob.FireDueAsync))), "a firing job succeeded in Hangfire");
        // A second firing of the fired row (another node, a retried job) finds it fired and does nothing.
        Assert.Equal(DeadlineOutcome.AlreadyDone,
            await host.InScopeAsync(services => services.GetRequiredService<IDeadlineHandler>().HandleAsync(breach.Id, CancellationToken.None)));

        var history = await host.HistoryAsync(application.Id);
        Assert.Single(history, r => r.Action == ApplicationAuditActions.DeadlineWarning);
        var escalation = Assert.Single(history, r => r.Action == ApplicationAuditActions.Escalated);
        Assert.Equal(breach.DueAt, escalation.Instant);
        var notifications = await host.NotificationsAsync(application.Id);
        Assert.Equal(warned.Count, notifications.Count(n => n.Template == NotifyTemplates.DeadlineWarning));
        var breachNotice = Assert.Single(notifications, n => n.Template == NotifyTemplates.DeadlineBreach);
        Assert.Equal("manager", breachNotice.Recipient);
    }
}
