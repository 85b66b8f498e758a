using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Sqlite;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// Hands committed deadline rows to the job scheduler and stores the ids of the jobs it made (only rows due within its
/// horizon get one now); cancels the jobs of cancelled rows. Runs after the commit, so a job never points at a row that
/// was rolled back. When it fails (or no scheduler is registered) the rows stay pending without a job, and the
/// reconciler schedules them.
/// </summary>
public sealed class DeadlineJobs(RegistrationDbContext db, IEnumerable<IDeadlineScheduler> schedulers, ILogger<DeadlineJobs> logger)
{
    private readonly IDeadlineScheduler? _scheduler = schedulers.LastOrDefault();

    public async Task ScheduleAsync(DeadlineChanges changes, CancellationToken cancellationToken)
    {
        if (_scheduler is null)
        {
            if (changes.Added.Count > 0)
                logger.LogWarning("No deadline scheduler is registered; {Count} deadline row(s) wait for the reconciler.", changes.Added.Count);
            return;
        }
        foreach (var jobId in changes.CancelledJobIds)
        {
            try
            {
                _scheduler.Cancel(jobId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Harmless: the job finds its row cancelled and does nothing.
                logger.LogWarning(e, "Could not cancel deadline job {JobId}.", jobId);
            }
        }
        var scheduled = new List<(Guid DeadlineId, string JobId)>(changes.Added.Count);
        foreach (var deadline in changes.Added)
        {
            try
            {
                if (_scheduler.Schedule(deadline.Id, deadline.DueAt) is { } jobId)
                {
                    scheduled.Add((deadline.Id, jobId));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not schedule deadline {DeadlineId} ({Kind} at {DueAt}); the reconciler will.", deadline.Id, deadline.Kind, deadline.DueAt);
            }
        }
        if (scheduled.Count > 0)
        {
            await StoreJobIdsAsync(scheduled, cancellationToken);
        }
    }

    /// <summary>One write transaction for all the job ids of one change (an acceptance schedules two deadlines).</summary>
    private async Task StoreJobIdsAsync(List<(Guid DeadlineId, string JobId)> scheduled, CancellationToken cancellationToken)
    {
        // The request's own transaction already waited its turn at the write gate: this one goes ahead of the queue.
        using var followUp = WriteGate.FollowUp();
        try
        {
            await using var transaction = scheduled.Count > 1 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            foreach (var (deadlineId, jobId) in scheduled)
            {
                await db.Deadlines.Where(d => d.Id == deadlineId && d.State == DeadlineState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId), cancellationToken);
            }
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The jobs run all the same; the reconciler gives such rows a second job, which finds its row done.
            logger.LogError(e, "Could not store the job ids of {Count} deadline(s).", scheduled.Count);
        }
    }
}
