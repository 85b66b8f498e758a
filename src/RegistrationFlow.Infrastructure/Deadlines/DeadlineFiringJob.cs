using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// The Hangfire job that fires every deadline due on the product clock, batch after batch until none is due. Each row
/// is fired by <see cref="IDeadlineHandler"/> in a write unit of its own (claimed pending → fired by its row version,
/// its effects committed with it): an application's rows one after the other in due order, several applications side
/// by side, in an order shuffled so that jobs of several nodes running at once mostly take different rows. When they
/// meet on one, the loser's unit finds it fired and writes nothing.
/// </summary>
public sealed class DeadlineFiringJob(
    RegistrationDbContext db, IServiceScopeFactory scopes, DeadlinePump pump, DeadlineSettings settings, TimeProvider time,
    ILogger<DeadlineFiringJob> logger)
{
    [JobDisplayName("Fire due deadlines")]
    [AutomaticRetry(Attempts = 0)] // rows that stay due are taken by the next job the pump enqueues
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        var failed = new HashSet<Guid>();
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await db.Deadlines.AsNoTracking()
                .Where(d => d.State == DeadlineState.Pending && d.DueAt <= now)
                .OrderBy(d => d.DueAt).Select(d => new { d.Id, d.ApplicationId }).Take(settings.BatchSize + failed.Count)
                .ToListAsync(cancellationToken);
            due.RemoveAll(d => failed.Contains(d.Id));
            if (due.Count == 0) break;
            // An application's rows in due order (a warning before its breach), applications side by side in no order.
            var applications = due.GroupBy(d => d.ApplicationId, d => d.Id).ToArray();
            Random.Shared.Shuffle(applications);

            var firedInBatch = 0;
            await Parallel.ForEachAsync(applications, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
                async (rows, ct) =>
                {
                    foreach (var deadlineId in rows)
                    {
                        try
                        {
                            await using var scope = scopes.CreateAsyncScope();
                            var outcome = await scope.ServiceProvider.GetRequiredService<IDeadlineHandler>().HandleAsync(deadlineId, ct);
                            if (outcome == DeadlineOutcome.Fired) Interlocked.Increment(ref firedInBatch);
                        }
                        catch (Exception e) when (!ct.IsCancellationRequested)
                        {
                            lock (failed) failed.Add(deadlineId);
                            logger.LogError(e, "Could not fire deadline {DeadlineId}; it stays pending.", deadlineId);
                        }
                    }
                });
            fired += firedInBatch;
            if (firedInBatch == 0) break; // all taken by others or failing: the pump looks again within a second
        }
        if (fired > 0) logger.LogDebug("Fired {Count} deadline(s).", fired);
        // This node's pump waits for the next row from now on, not for its next poll.
        var next = await db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Pending)
            .OrderBy(d => d.DueAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefaultAsync(cancellationToken);
        if (next is { } nextDue) pump.WakeAt(nextDue);
        return fired;
    }
}
