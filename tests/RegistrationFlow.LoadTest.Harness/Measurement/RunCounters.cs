using System.Collections.Concurrent;

namespace RegistrationFlow.LoadTest.Measurement;

/// <summary>What a run has done so far, shared by every virtual user: actions and their latencies, lifecycles, errors.</summary>
public sealed class RunCounters
{
    private long _actions;
    private long _lifecycles;
    private long _errors;
    private long _lateStarts;

    public LatencyHistogram AllActions { get; } = new();
    public ConcurrentDictionary<string, LatencyHistogram> ByAction { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, ErrorTally> ErrorKinds { get; } = new(StringComparer.Ordinal);

    public long Actions => Interlocked.Read(ref _actions);
    public long Lifecycles => Interlocked.Read(ref _lifecycles);
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Paced runs: actions that began more than <see cref="Running.RatePacer.LateThreshold"/> after their slot.</summary>
    public long LateStarts => Interlocked.Read(ref _lateStarts);

    public void ActionDone(string action, long startTimestamp)
    {
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        AllActions.Record(elapsed);
        ByAction.GetOrAdd(action, _ => new LatencyHistogram()).Record(elapsed);
        Interlocked.Increment(ref _actions);
    }

    /// <summary>A request that is timed but is not one of the lifecycle's actions (a poll).</summary>
    public void Measured(string request, long startTimestamp) =>
        ByAction.GetOrAdd(request, _ => new LatencyHistogram()).RecordSince(startTimestamp);

    public void LifecycleDone() => Interlocked.Increment(ref _lifecycles);

    public void LateStart() => Interlocked.Increment(ref _lateStarts);

    public void Error(string kind, string example)
    {
        Interlocked.Increment(ref _errors);
        ErrorKinds.GetOrAdd(kind, _ => new ErrorTally(example)).Increment();
    }
}

public sealed class ErrorTally(string example)
{
    private long _count;
    public string Example { get; } = example;
    public long Count => Interlocked.Read(ref _count);
    public void Increment() => Interlocked.Increment(ref _count);
}
