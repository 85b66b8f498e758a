using Hangfire;
using Microsoft.Extensions.Logging;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// The Hangfire job for one deadline row. It carries only the row's id: <see cref="IDeadlineHandler"/> re-reads the
/// row and acts at most once, so a duplicate, late or stale job is harmless. A job that runs before the row is due
/// (a clock that moved, a job brought forward by hand from the dashboard) is scheduled again for the due instant.
/// </summary>
public sealed class DeadlineJob(IDeadlineHandler handler, DeadlineReconciler reconciler, ILogger<DeadlineJob> logger)
{
    [JobDisplayName("Deadline {0}")]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(deadlineId, cancellationToken);
        switch (outcome)
        {
            case DeadlineOutcome.TooEarly:
                await reconciler.RescheduleAsync(deadlineId, cancellationToken);
                break;
            case DeadlineOutcome.NotFound:
                logger.LogWarning("Deadline {DeadlineId} no longer exists; its job did nothing.", deadlineId);
                break;
            default:
                // Debug: at the end of a working day thousands of deadlines fire within a second.
                logger.LogDebug("Deadline {DeadlineId}: {Outcome}.", deadlineId, outcome);
                break;
        }
    }
}
