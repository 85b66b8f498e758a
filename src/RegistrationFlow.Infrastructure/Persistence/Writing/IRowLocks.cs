using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// Row locks a write unit takes so that concurrent units on one database lock rows in one order — the application
/// first, then its tasks and deadlines, the audit chain head last — and never deadlock. A unit that takes a number
/// (receipt, certificate) holds the chain head before the counter: a counter is then never held while its holder
/// queues for the head, and every unit queues in one place.
/// </summary>
public interface IRowLocks
{
    /// <summary>False when one writer holds the whole database (nothing to order).</summary>
    bool Ordered { get; }

    /// <summary>Holds the application's row until the unit's transaction ends.</summary>
    Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Holds the application's row and reads it, tracked, in one statement (null when there is none).</summary>
    Task<Application?> LockAndReadApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Holds the audit chain head until the unit's transaction ends (before a counter is taken).</summary>
    Task LockAuditHeadAsync(RegistrationDbContext db, CancellationToken cancellationToken);
}

/// <summary>One writer at a time (SQLite): its transaction holds the whole database, so no row needs locking.</summary>
public sealed class SingleWriterRowLocks : IRowLocks
{
    public bool Ordered => false;

    public Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Application?> LockAndReadApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        Applications.WriteQueries.Application(db, applicationId, cancellationToken);

    public Task LockAuditHeadAsync(RegistrationDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
