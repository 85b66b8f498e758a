namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// Row locks a write unit takes before it changes an application, so that concurrent units on one database lock rows
/// in one order — the application first, then its tasks and deadlines, the audit chain head last — and never deadlock.
/// </summary>
public interface IRowLocks
{
    /// <summary>Holds the application's row until the unit's transaction ends.</summary>
    Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken);
}

/// <summary>One writer at a time (SQLite): its transaction holds the whole database, so no row needs locking.</summary>
public sealed class SingleWriterRowLocks : IRowLocks
{
    public Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
