using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// Hands committed deadline rows to the job scheduler and stores the job ids; cancels the jobs of cancelled rows.
/// Runs after the commit, so a job never points at a row that was rolled back. When it fails (or no scheduler is
/// registered) the rows stay pending without a job, and the reconciler schedules them.
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
        foreach (var deadline in changes.Added)
        {
            try
            {
                var jobId = _scheduler.Schedule(deadline.Id, deadline.DueAt);
                await db.Deadlines.Where(d => d.Id == deadline.Id && d.State == DeadlineState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not schedule deadline {DeadlineId} ({Kind} at {DueAt}); the reconciler will.", deadline.Id, deadline.Kind, deadline.DueAt);
            }
        }
    }
}
