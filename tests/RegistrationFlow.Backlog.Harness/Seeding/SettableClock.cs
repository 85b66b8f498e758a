namespace RegistrationFlow.Backlog.Seeding;

/// <summary>The loader's clock: it reads what it was last set to, and only ever moves forward.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset instant)
    {
        if (instant < _now)
            throw new InvalidOperationException($"The clock cannot go back from {_now:O} to {instant:O}.");
        _now = instant.ToUniversalTime();
    }
}
