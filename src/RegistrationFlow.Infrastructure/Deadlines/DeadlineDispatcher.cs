using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Wakes when the product clock reaches the earliest pending due instant and has the jobs of every due deadline run
/// at once. Hangfire's own scheduler compares job times with the real clock; this timer is made by the product's
/// <see cref="TimeProvider"/>, so a training clock or a test's fake clock drives deadlines exactly as the real clock
/// does. On start it reconciles every pending deadline, in the background: start-up never waits for it.
/// </summary>
public sealed class DeadlineDispatcher : BackgroundService
{
    /// <summary>The longest single wait: a far deadline is reached in steps, each re-read from the database.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    private readonly TimeProvider _time;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<DeadlineDispatcher> _logger;
    private readonly ITimer _timer;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _gate = new();
    private DateTimeOffset? _armedFor;

    public DeadlineDispatcher(TimeProvider time, IServiceScopeFactory scopes, ILogger<DeadlineDispatcher> logger)
    {
        _time = time;
        _scopes = scopes;
        _logger = logger;
        _timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Makes sure the dispatcher runs no later than <paramref name="instant"/> on the product clock.</summary>
    public void WakeAt(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (_armedFor is { } armed && armed <= instant)
            {
                return;
            }
            var wait = instant - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                _armedFor = null;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _wake.Release();
                return;
            }
            _armedFor = instant;
            _timer.Change(wait < LongestWait ? wait : LongestWait, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            _armedFor = null;
        }
        _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up start-up: the first pass reads every pending deadline
        await PassAsync(reconcileAll: true, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            while (_wake.Wait(0))
            {
                // several wake-ups since the last pass need only one pass
            }
            await PassAsync(reconcileAll: false, stoppingToken);
        }
    }

    private async Task PassAsync(bool reconcileAll, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var reconciler = scope.ServiceProvider.GetRequiredService<DeadlineReconciler>();
            if (reconcileAll)
            {
                var started = _time.GetTimestamp();
                var report = await reconciler.ReconcileAsync(cancellationToken);
                _logger.LogInformation(
                    "Reconciled at start-up in {Elapsed:F0} ms: {Pending} pending deadlines, {Deferred} beyond the horizon, {Rescheduled} given a job, {RunNow} run now.",
                    _time.GetElapsedTime(started).TotalMilliseconds, report.Pending, report.Deferred, report.Rescheduled, report.RunNow);
            }
            else
            {
                await reconciler.DispatchDueAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The minute reconciler tries again; a deadline row stays pending until its job has acted.
            _logger.LogError(e, "Could not dispatch due deadlines.");
        }
    }

    public override void Dispose()
    {
        _timer.Dispose();
        _wake.Dispose();
        base.Dispose();
    }
}
