using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

public sealed class ReconcilerTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")] // an id this storage never issued (e.g. from before a restart)
    [InlineData("17")]                                    // not even an id of this storage's kind
    public async Task A_pending_row_whose_job_is_lost_gets_a_new_live_job(string? lostJobId)
    {
        var application = await host.AcceptedAsync();
        var breach = await host.DeadlineAsync(application.Id, DeadlineKind.Breach);
        Assert.Null(breach.JobId); // hours away: beyond the scheduler's horizon, no job yet
        var scheduler = host.Services.GetRequiredService<IDeadlineScheduler>();
        host.Clock.Advance(breach.DueAt - scheduler.Horizon / 2 - host.Clock.GetUtcNow());
        await ReconcileAsync();
        breach = await host.DeadlineAsync(breach.Id);
        Assert.Equal(ScheduledState.StateName, JobState(breach.JobId)); // within the horizon it has one
        scheduler.Cancel(breach.JobId!);
        await SetJobIdAsync(breach.Id, lostJobId);

        var report = await ReconcileAsync();

        Assert.True(report.Rescheduled >= 1);
        var row = await host.DeadlineAsync(breach.Id);
        Assert.Equal(DeadlineState.Pending, row.State);
        Assert.NotEqual(lostJobId, row.JobId);
        Assert.NotEqual(breach.JobId, row.JobId);
        Assert.Equal(ScheduledState.StateName, JobState(row.JobId));

        // A second pass finds the row's job alive and leaves it alone.
        var again = await ReconcileAsync();
        Assert.Equal(0, again.Rescheduled);
        Assert.Equal(row.JobId, (await host.DeadlineAsync(breach.Id)).JobId);
    }

    [Fact]
    public async Task A_job_that_runs_before_its_row_is_due_does_nothing_and_is_scheduled_again_for_the_due_instant()
    {
        var application = await host.AcceptedAsync();
        var warning = await host.DeadlineAsync(application.Id, DeadlineKind.Warning);
        host.Clock.Advance(warning.DueAt - host.Services.GetRequiredService<IDeadlineScheduler>().Horizon / 2 - host.Clock.GetUtcNow());
        Assert.True(host.Clock.GetUtcNow() < warning.DueAt);

        var early = host.Services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<DeadlineJob>(job => job.RunAsync(warning.Id, CancellationToken.None));
        await Eventually.TrueAsync(() => Task.FromResult(JobState(early) == SucceededState.StateName), "the early job ran");

        var row = await host.DeadlineAsync(warning.Id);
        Assert.Equal(DeadlineState.Pending, row.State);
        Assert.NotEqual(early, row.JobId);
        Assert.Equal(ScheduledState.StateName, JobState(row.JobId));
        Assert.DoesNotContain(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);

        host.Clock.Advance(warning.DueAt - host.Clock.GetUtcNow());
        await host.WaitUntilFiredAsync(warning.Id);
        Assert.Equal(warning.DueAt, (await host.DeadlineAsync(warning.Id)).FiredAt);
        Assert.Single(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);
    }

    [Fact]
    public async Task Rows_beyond_the_horizon_are_counted_as_deferred_and_get_no_job()
    {
        var application = await host.AcceptedAsync();
        var report = await ReconcileAsync();

        var horizonEnd = host.Clock.GetUtcNow() + host.Services.GetRequiredService<IDeadlineScheduler>().Horizon;
        var beyond = (await host.DeadlinesAsync(application.Id))
            .Where(d => d.State == DeadlineState.Pending && d.DueAt > horizonEnd).ToList();
        Assert.NotEmpty(beyond);
        Assert.All(beyond, d => Assert.Null(d.JobId));
        Assert.True(report.Deferred >= beyond.Count);
        Assert.True(report.NextDue <= beyond.Min(d => d.DueAt)); // the dispatcher is armed for the earliest pending row
    }

    private Task<ReconcileReport> ReconcileAsync() =>
        host.InScopeAsync(services => services.GetRequiredService<DeadlineReconciler>().ReconcileAsync(CancellationToken.None));

    private Task SetJobIdAsync(Guid deadlineId, string? jobId) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Deadlines.Where(d => d.Id == deadlineId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId)));

    private string? JobState(string? jobId)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        try
        {
            return connection.GetJobData(jobId!)?.State;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
