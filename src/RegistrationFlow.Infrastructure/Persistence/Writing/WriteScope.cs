using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Receipts;

namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// What a unit of work writes with: a context and the services bound to it. The <see cref="ITransactionRunner"/> decides
/// which scope (the caller's own, or its writer's) a unit runs in, so a unit never reaches for services of its own.
/// </summary>
public sealed class WriteScope(RegistrationDbContext db, EffectApplier effects, AuditTrail audit, ReceiptNumberAllocator receipts, IRowLocks locks)
{
    public RegistrationDbContext Db { get; } = db;
    public EffectApplier Effects { get; } = effects;
    public AuditTrail Audit { get; } = audit;
    public ReceiptNumberAllocator Receipts { get; } = receipts;

    /// <summary>Takes the application's row first, before anything else of it changes (<see cref="IRowLocks"/>).</summary>
    public Task LockApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        locks.LockApplicationAsync(Db, applicationId, cancellationToken);

    /// <summary>Takes the application's row first and reads it, tracked, in one round trip (null when there is none).</summary>
    public Task<Persistence.Entities.Application?> LockAndReadApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        locks.LockAndReadApplicationAsync(Db, applicationId, cancellationToken);
}
