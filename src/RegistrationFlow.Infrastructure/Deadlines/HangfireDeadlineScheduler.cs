using Hangfire;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Schedules a <see cref="DeadlineJob"/> for a deadline row due within the <see cref="Horizon"/>, at its due instant
/// on the product clock converted to a real delay (<see cref="RealTime"/>), and asks the <see cref="DeadlineDispatcher"/>
/// to wake at that instant too, so the row is acted on exactly when the product clock — real, training or a test's fake
/// clock — reaches it. A row further off only arms the dispatcher; the minute reconciler gives it its job later.
/// </summary>
public sealed class HangfireDeadlineScheduler(
    IBackgroundJobClient jobs, JobStorage storage, TimeProvider time, DeadlineDispatcher dispatcher) : IDeadlineScheduler
{
    /// <summary>Ten minutes: the minute reconciler has several chances to give a row its job before it falls due.</summary>
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromMinutes(10);

    public TimeSpan Horizon => DefaultHorizon;

    public string? Schedule(Guid deadlineId, DateTimeOffset dueAt)
    {
        var wait = dueAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            dispatcher.WakeAt(dueAt);
        }
        if (wait > Horizon)
        {
            return null;
        }
        return wait > TimeSpan.Zero
            ? jobs.Schedule<DeadlineJob>(job => job.RunAsync(deadlineId, CancellationToken.None), RealTime.Of(time, wait))
            : jobs.Enqueue<DeadlineJob>(job => job.RunAsync(deadlineId, CancellationToken.None));
    }

    public void Cancel(string jobId)
    {
        try
        {
            jobs.Delete(jobId); // an unknown job is left alone (false); no look-up first, each costs a trip to the storage
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            // not an id of this storage (e.g. from another storage before a restart): nothing to cancel
        }
    }

    public bool IsAlive(string jobId) => HangfireJobs.IsLive(HangfireJobs.StateOf(storage, jobId));
}
