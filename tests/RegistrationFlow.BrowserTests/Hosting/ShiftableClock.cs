namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>
/// The app's one clock in the browser tests: starts at a fixed instant, runs at real speed (so countdowns move), and can
/// be moved forward, e.g. to the next morning when a certificate becomes ready. Timers run on real time.
/// </summary>
public sealed class ShiftableClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _startTimestamp = System.GetTimestamp();
    private long _shiftTicks;

    public override DateTimeOffset GetUtcNow() =>
        start.ToUniversalTime() + System.GetElapsedTime(_startTimestamp) + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    /// <summary>Moves the clock forward so that it reads at least <paramref name="instant"/>.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var ahead = instant - GetUtcNow();
        if (ahead > TimeSpan.Zero) Interlocked.Add(ref _shiftTicks, ahead.Ticks);
    }
}
