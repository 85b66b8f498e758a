namespace RegistrationFlow.Infrastructure.Time;

/// <summary>
/// The machine's clock corrected by an offset to the database server's clock (<see cref="ServerClockFollower"/>), so
/// nodes whose clocks disagree still agree on what is due. With no database clock to follow (the single SQLite node)
/// the offset stays zero. Timers and timestamps are the machine's: only the reading of the time is corrected.
/// </summary>
public sealed class ServerClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Follow(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// The server's clock minus this machine's, from one reading taken between <paramref name="localBefore"/> and
    /// <paramref name="localAfter"/>: the server read its clock, on average, half-way through the round trip.
    /// </summary>
    public static TimeSpan OffsetOf(DateTimeOffset localBefore, DateTimeOffset server, DateTimeOffset localAfter) =>
        server - (localBefore + (localAfter - localBefore) / 2);
}
