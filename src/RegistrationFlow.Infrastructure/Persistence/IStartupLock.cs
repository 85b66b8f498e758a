namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Held while a node applies migrations and seeds: with several nodes on one database exactly one does it at a time,
/// and the others find the work done. The storage module provides it (a PostgreSQL advisory lock; nothing for the
/// single SQLite process).
/// </summary>
public interface IStartupLock
{
    /// <summary>Waits for the lock; disposing the result releases it. Fails with a clear message when the database cannot be reached.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>For a database only one process uses.</summary>
public sealed class NoStartupLock : IStartupLock
{
    public Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(Released.Instance);

    private sealed class Released : IAsyncDisposable
    {
        public static readonly Released Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The database could not be reached at start-up at all: refused at once, not retried.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : InvalidOperationException(message, inner);
