using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// What one reconciliation found among the pending deadlines: <paramref name="Pending"/> in all, of which
/// <paramref name="Deferred"/> are beyond the scheduler's horizon and need no job yet.
/// </summary>
public sealed record ReconcileReport(int Pending, int Live, int Rescheduled, int RunNow, DateTimeOffset? NextDue, int Deferred = 0);

/// <summary>
/// Keeps Hangfire in step with the deadline rows, which are the source of truth. Every pending row due within the
/// scheduler's horizon without a live job (its job id is missing, unknown to the storage — e.g. lost in a restart — or
/// ended) gets a new job; a row already due has its job run now, once. Rows further off are left to a later pass. Runs
/// at start-up, every minute as a recurring job, and whenever called.
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

    /// <summary>Job ids written per transaction: one commit for many rows when thousands fall due at once.</summary>
    private const int JobIdsPerTransaction = 500;

    [JobDisplayName("Reconcile deadlines")]
    [AutomaticRetry(Attempts = 0)]
    public async Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var horizonEnd = Ahead(now, scheduler.Horizon);
        var near = await Project(Pending().Where(d => d.DueAt <= horizonEnd)).ToListAsync(cancellationToken);
        var deferred = await Pending().CountAsync(d => d.DueAt > horizonEnd, cancellationToken);
        int live = 0, rescheduled = 0, runNow = 0;
        var newJobs = new List<(Guid DeadlineId, string JobId)>();
        foreach (var row in near)
        {
            if (row.DueAt <= now)
            {
                if (RunNow(row, newJobs)) runNow++;
                else live++;
            }
            else if (row.JobId is null || !scheduler.IsAlive(row.JobId))
            {
                if (scheduler.Schedule(row.Id, row.DueAt) is { } jobId)
                {
                    newJobs.Add((row.Id, jobId));
                }
                rescheduled++;
            }
            else
            {
                live++;
            }
        }
        await StoreJobIdsAsync(newJobs, cancellationToken);

        var next = await NextDueAsync(now, cancellationToken);
        if (rescheduled + runNow > 0)
        {
            logger.LogInformation(
                "Reconciled {Pending} pending deadlines in {Elapsed:F0} ms: {Rescheduled} without a live job scheduled again, {RunNow} already due run now, {Deferred} beyond the {Horizon} horizon.",
                near.Count + deferred, time.GetElapsedTime(started).TotalMilliseconds, rescheduled, runNow, deferred, scheduler.Horizon);
        }
        return new ReconcileReport(near.Count + deferred, live, rescheduled, runNow, next, deferred);
    }

    /// <summary>Runs the job of every pending deadline that is due on the product clock; returns the next due instant.</summary>
    public async Task<DateTimeOffset?> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await Project(Pending().Where(d => d.DueAt <= now)).ToListAsync(cancellationToken);
        var newJobs = new List<(Guid DeadlineId, string JobId)>();
        foreach (var row in due)
        {
            RunNow(row, newJobs);
        }
        await StoreJobIdsAsync(newJobs, cancellationToken);
        return await NextDueAsync(now, cancellationToken);
    }

    private async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
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
        await SetJobIdAsync(row.Id, jobId, cancellationToken); // null: beyond the horizon, a later reconciliation gives it one
        logger.LogInformation("Deadline {DeadlineId} is due at {DueAt}; its early job was scheduled again as {JobId}.", row.Id, row.DueAt, jobId);
    }

    /// <returns>True when a job was set running; false when one already is.</returns>
    private bool RunNow(PendingDeadline row, List<(Guid DeadlineId, string JobId)> newJobs)
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
        newJobs.Add((row.Id, jobs.Enqueue<DeadlineJob>(job => job.RunAsync(row.Id, CancellationToken.None))));
        return true;
    }

    private IQueryable<Deadline> Pending() => db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Pending);

    private static IQueryable<PendingDeadline> Project(IQueryable<Deadline> rows) =>
        rows.OrderBy(d => d.DueAt).Select(d => new PendingDeadline(d.Id, d.DueAt, d.JobId));

    // The job id is bookkeeping, not business state: it is written without a row-version bump, so it never makes a
    // handler that is firing the same row at this moment fail its concurrency check.
    private Task SetJobIdAsync(Guid deadlineId, string? jobId, CancellationToken cancellationToken) =>
        db.Deadlines.Where(d => d.Id == deadlineId && d.State == DeadlineState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId), cancellationToken);

    private async Task StoreJobIdsAsync(List<(Guid DeadlineId, string JobId)> newJobs, CancellationToken cancellationToken)
    {
        foreach (var chunk in newJobs.Chunk(JobIdsPerTransaction))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (deadlineId, jobId) in chunk)
            {
                await SetJobIdAsync(deadlineId, jobId, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static DateTimeOffset Ahead(DateTimeOffset now, TimeSpan horizon) =>
        horizon >= DateTimeOffset.MaxValue - now ? DateTimeOffset.MaxValue : now + horizon;

    private sealed record PendingDeadline(Guid Id, DateTimeOffset DueAt, string? JobId);
}
