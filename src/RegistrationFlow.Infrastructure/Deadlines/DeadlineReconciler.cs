using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>What one reconciliation found among the pending deadlines.</summary>
public sealed record ReconcileReport(int Pending, int Live, int Rescheduled, int RunNow, DateTimeOffset? NextDue);

/// <summary>
/// Keeps Hangfire in step with the deadline rows, which are the source of truth. Every pending row without a live job
/// (its job id is missing, unknown to the storage — e.g. lost in a restart — or ended) gets a new job; a row already due
/// has its job run now, once. Runs at start-up, every minute as a recurring job, and whenever called.
/// </summary>
public sealed class DeadlineReconciler(
    RegistrationDbContext db,
    IDeadlineScheduler scheduler,
    IBackgroundJobClient jobs,
    JobStorage storage,
    DeadlineDispatcher dispatcher,
    TimeProvider time,
    ILogger<DeadlineReconciler> logger)
{
    /// <summary>A job brought back before its row is due waits at least this long, so a disagreeing clock cannot spin.</summary>
    private static readonly TimeSpan ShortestRetry = TimeSpan.FromSeconds(1);

    [JobDisplayName("Reconcile deadlines")]
    [AutomaticRetry(Attempts = 0)]
    public async Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var pending = await Project(Pending()).ToListAsync(cancellationToken);
        int live = 0, rescheduled = 0, runNow = 0;
        foreach (var row in pending)
        {
            if (row.DueAt <= now)
            {
                if (await RunNowAsync(row, cancellationToken)) runNow++;
                else live++;
            }
            else if (row.JobId is null || !scheduler.IsAlive(row.JobId))
            {
                await SetJobIdAsync(row.Id, scheduler.Schedule(row.Id, row.DueAt), cancellationToken);
                rescheduled++;
            }
            else
            {
                live++;
            }
        }

        var next = pending.Where(row => row.DueAt > now).Select(row => (DateTimeOffset?)row.DueAt).FirstOrDefault();
        if (next is { } wake)
        {
            dispatcher.WakeAt(wake);
        }
        if (rescheduled + runNow > 0)
        {
            logger.LogInformation(
                "Reconciled {Pending} pending deadlines in {Elapsed:F0} ms: {Rescheduled} without a live job scheduled again, {RunNow} already due run now.",
                pending.Count, time.GetElapsedTime(started).TotalMilliseconds, rescheduled, runNow);
        }
        return new ReconcileReport(pending.Count, live, rescheduled, runNow, next);
    }

    /// <summary>Runs the job of every pending deadline that is due on the product clock; returns the next due instant.</summary>
    public async Task<DateTimeOffset?> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await Project(Pending().Where(d => d.DueAt <= now)).ToListAsync(cancellationToken);
        foreach (var row in due)
        {
            await RunNowAsync(row, cancellationToken);
        }
        var next = await Pending().Where(d => d.DueAt > now).OrderBy(d => d.DueAt)
            .Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefaultAsync(cancellationToken);
        if (next is { } wake)
        {
            dispatcher.WakeAt(wake);
        }
        return next;
    }

    /// <summary>For a job that ran before its row was due: a new job at the due instant.</summary>
    public async Task RescheduleAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        var row = await Project(Pending().Where(d => d.Id == deadlineId)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return;
        }
        var earliest = time.GetUtcNow() + ShortestRetry;
        var jobId = scheduler.Schedule(row.Id, row.DueAt > earliest ? row.DueAt : earliest);
        await SetJobIdAsync(row.Id, jobId, cancellationToken);
        logger.LogInformation("Deadline {DeadlineId} is due at {DueAt}; its early job was scheduled again as {JobId}.", row.Id, row.DueAt, jobId);
    }

    /// <returns>True when a job was set running; false when one already is.</returns>
    private async Task<bool> RunNowAsync(PendingDeadline row, CancellationToken cancellationToken)
    {
        var state = HangfireJobs.StateOf(storage, row.JobId);
        if (state == ScheduledState.StateName &&
            jobs.ChangeState(row.JobId!, new EnqueuedState { Reason = "Due on the product clock" }, ScheduledState.StateName))
        {
            return true;
        }
        if (HangfireJobs.IsOnItsWay(state))
        {
            return false;
        }
        if (state is not null)
        {
            logger.LogWarning("Deadline {DeadlineId} is still pending after its job {JobId} ended as {State}; it runs again.",
                row.Id, row.JobId, state);
        }
        var jobId = jobs.Enqueue<DeadlineJob>(job => job.RunAsync(row.Id, CancellationToken.None));
        await SetJobIdAsync(row.Id, jobId, cancellationToken);
        return true;
    }

    private IQueryable<Deadline> Pending() => db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Pending);

    private static IQueryable<PendingDeadline> Project(IQueryable<Deadline> rows) =>
        rows.OrderBy(d => d.DueAt).Select(d => new PendingDeadline(d.Id, d.DueAt, d.JobId));

    // The job id is bookkeeping, not business state: it is written without a row-version bump, so it never makes a
    // handler that is firing the same row at this moment fail its concurrency check.
    private Task SetJobIdAsync(Guid deadlineId, string jobId, CancellationToken cancellationToken) =>
        db.Deadlines.Where(d => d.Id == deadlineId && d.State == DeadlineState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId), cancellationToken);

    private sealed record PendingDeadline(Guid Id, DateTimeOffset DueAt, string? JobId);
}
