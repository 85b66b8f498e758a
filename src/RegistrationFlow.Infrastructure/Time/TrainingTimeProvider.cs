namespace RegistrationFlow.Infrastructure.Time;

/// <summary>
/// A clock for training and demonstrations: starts at a chosen instant and runs <see cref="Rate"/> times as fast
/// as real time. Timers and delays created through it are shortened by the same rate, so anything scheduled
/// "in one simulated hour" happens after 1/rate real hours. Timestamps (elapsed-time measurement) stay real.
/// </summary>
public sealed class TrainingTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private Epoch _epoch;

    /// <summary>The real instant the simulated clock read <see cref="SimulatedStart"/>: with the rate, all it needs to tell the time.</summary>
    private sealed record Epoch(DateTimeOffset SimulatedStart, DateTimeOffset RealStart);

    public TrainingTimeProvider(DateTimeOffset simulatedStart, double rate, TimeProvider? real = null)
    {
        if (!(rate > 0) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The clock rate must be a positive number.");
        }
        _real = real ?? System;
        _epoch = new Epoch(simulatedStart.ToUniversalTime(), _real.GetUtcNow());
        Rate = rate;
    }

    public double Rate { get; }
    public DateTimeOffset SimulatedStart => _epoch.SimulatedStart;
    /// <summary>The real instant the simulated clock read <see cref="SimulatedStart"/>.</summary>
    public DateTimeOffset RealStart => _epoch.RealStart;

    /// <summary>
    /// Takes over an epoch stored earlier (by another node, or by this node before a restart), so every node tells the
    /// same simulated time and a restart continues the session instead of starting it again.
    /// </summary>
    public void Adopt(DateTimeOffset simulatedStart, DateTimeOffset realStart) =>
        _epoch = new Epoch(simulatedStart.ToUniversalTime(), realStart.ToUniversalTime());

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override DateTimeOffset GetUtcNow()
    {
        var epoch = _epoch;
        return epoch.SimulatedStart + TimeSpan.FromTicks((long)((_real.GetUtcNow() - epoch.RealStart).Ticks * Rate));
    }

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>The real span that lasts <paramref name="simulated"/> on this clock.</summary>
    public TimeSpan ToReal(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero
            ? simulated
            : TimeSpan.FromTicks(Math.Max(1, (long)(simulated.Ticks / Rate)));

    private sealed class ScaledTimer(ITimer inner, TrainingTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
