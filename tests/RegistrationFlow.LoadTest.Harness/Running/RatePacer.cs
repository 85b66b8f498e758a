namespace RegistrationFlow.LoadTest.Running;

/// <summary>
/// Open-loop pacing: action k of the run is due at start + k / rate whatever the answers to earlier actions took,
/// so a slow service does not slow the offered load down. Each virtual user takes the next slot before each action;
/// a slot already past when taken means the users cannot keep up with the rate (counted as a late start).
/// <paramref name="startTimestamp"/> is a timestamp of <paramref name="time"/> (the system's by default).
/// </summary>
public sealed class RatePacer(double actionsPerSecond, long startTimestamp, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public static readonly TimeSpan LateThreshold = TimeSpan.FromMilliseconds(10);

    private long _nextSlot;

    /// <summary>Waits for the next free slot; true when it began more than <see cref="LateThreshold"/> late.</summary>
    public async ValueTask<bool> WaitForSlotAsync(CancellationToken cancellation)
    {
        var slot = Interlocked.Increment(ref _nextSlot) - 1;
        var wait = DueAt(slot) - _time.GetElapsedTime(startTimestamp);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellation);
            return false;
        }
        return -wait > LateThreshold;
    }

    /// <summary>When slot <paramref name="slot"/> (0-based) is due, from the start of the run.</summary>
    public TimeSpan DueAt(long slot) => TimeSpan.FromSeconds(slot / actionsPerSecond);
}
