using System.Diagnostics;

namespace RegistrationFlow.LoadTest.Running;

/// <summary>
/// When the run stops taking on new work: at the end of its duration, when its lifecycles (or backlog items) are
/// all claimed, or when it is cancelled. Work already in flight finishes; none is started after that.
/// </summary>
public sealed class RunWindow(long startTimestamp, TimeSpan? duration, long? items, CancellationToken cancellation)
{
    private long _claimed;

    public CancellationToken Cancellation => cancellation;

    public bool TimeIsUp => cancellation.IsCancellationRequested || (duration is { } d && Stopwatch.GetElapsedTime(startTimestamp) >= d);

    /// <summary>Takes the next work item (0-based); false when the run is over or every item is taken.</summary>
    public bool TryClaim(out long item)
    {
        item = -1;
        if (TimeIsUp) return false;
        var next = Interlocked.Increment(ref _claimed) - 1;
        if (items is { } limit && next >= limit) return false;
        item = next;
        return true;
    }
}
