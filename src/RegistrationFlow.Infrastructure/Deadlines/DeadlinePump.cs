using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Decides when deadlines are fired; <see cref="DeadlineFiringJob"/> fires them. The deadline rows are the truth: the
/// pump looks at the earliest pending due instant — when this node writes a row (<see cref="Expect"/>), when the product
/// clock reaches the instant it waits for, and every <see cref="DeadlineSettings.PollSeconds"/> for rows other nodes
/// wrote — and when rows are due it enqueues a firing job in Hangfire (one at a time per node). The product clock is the
/// judge, so a training clock or a test's fake clock drives deadlines exactly as the real clock does. Every node runs a
/// pump; their jobs may meet on the same rows, and the row's conditional update lets exactly one fire each.
/// </summary>
public sealed class DeadlinePump : BackgroundService
{
    /// <summary>The longest single wait on the product clock: a far deadline is reached in steps, each re-read.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>How soon to look again when rows are due while this node's firing job is still finishing.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(50);

    private readonly TimeProvider _time;
    private readonly IServiceScopeFactory _scopes;
    private readonly DeadlineSettings _settings;
    private readonly ILogger<DeadlinePump> _logger;
    private readonly ITimer _timer;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _gate = new();
    private DateTimeOffset? _armedFor;
    private string? _firingJob;

    public DeadlinePump(TimeProvider time, IServiceScopeFactory scopes, DeadlineSettings settings, ILogger<DeadlinePump> logger)
    {
        _time = time;
        _scopes = scopes;
        _settings = settings;
        _logger = logger;
        _timer = time.CreateTimer(_ => Wake(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Rows this node has just committed: the pump wakes no later than the earliest of them falls due.</summary>
    public void Expect(DeadlineChanges changes)
    {
        if (changes.Added.Count == 0) return;
        WakeAt(changes.Added.Min(d => d.DueAt));
    }

    /// <summary>Makes sure the pump looks again no later than <paramref name="instant"/> on the product clock.</summary>
    public void WakeAt(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (_armedFor is { } armed && armed <= instant) return;
            var wait = instant - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                _wake.Release();
                return;
            }
            _armedFor = instant;
            _timer.Change(wait < LongestWait ? wait : LongestWait, Timeout.InfiniteTimeSpan);
        }
    }

    private void Wake()
    {
        lock (_gate) _armedFor = null;
        _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_settings.Fire)
        {
            _logger.LogInformation("Deadlines:Fire is false: this node fires no deadlines.");
            return;
        }
        await Task.Yield(); // never hold up start-up
        var poll = TimeSpan.FromSeconds(_settings.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var waitingForJob = await LookAsync(stoppingToken);
            try
            {
                // Real time: rows written by other nodes appear in real time, whatever the product clock does.
                await _wake.WaitAsync(waitingForJob ? Recheck : poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            while (_wake.Wait(0))
            {
                // several wake-ups since the last look need only one look
            }
        }
    }

    /// <returns>True when rows are due but this node's last firing job is still queued or running.</returns>
    private async Task<bool> LookAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            var next = await db.Deadlines.AsNoTracking().Where(d => d.State == DeadlineState.Pending)
                .OrderBy(d => d.DueAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefaultAsync(cancellationToken);
            if (next is not { } due) return false;
            if (due > _time.GetUtcNow())
            {
                WakeAt(due);
                return false;
            }
            return !TryEnqueueFiring(scope.ServiceProvider);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            // The next look tries again; a row stays pending until it has fired.
            _logger.LogError(e, "Could not look for due deadlines.");
            return false;
        }
    }

    /// <summary>Enqueues a firing job unless this node's last one is still queued or running (false then).</summary>
    private bool TryEnqueueFiring(IServiceProvider services)
    {
        var storage = services.GetRequiredService<JobStorage>();
        if (HangfireJobs.IsLive(HangfireJobs.StateOf(storage, _firingJob))) return false;
        _firingJob = services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<DeadlineFiringJob>(job => job.FireDueAsync(CancellationToken.None));
        return true;
    }

    public override void Dispose()
    {
        _timer.Dispose();
        _wake.Dispose();
        base.Dispose();
    }
}
