namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// Runs a unit of work inside a transaction and returns its result once that transaction has committed. A unit reads and
/// writes through the <see cref="WriteScope"/> it is given and saves its changes; it does not begin or commit a transaction.
/// If the unit throws, none of its writes are kept and the exception reaches the caller. Whatever the unit returned is
/// only handed back after the commit: a caller is never told of a change that could still be lost.
/// </summary>
public interface ITransactionRunner
{
    Task<T> RunAsync<T>(Func<WriteScope, CancellationToken, Task<T>> unit, CancellationToken cancellationToken = default);
}
