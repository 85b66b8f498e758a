namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// Runs each unit in a transaction of its own on the caller's scope (databases with row locks need no more), as many at
/// once as <see cref="UnitAdmission"/> admits.
/// </summary>
public sealed class OwnTransactionRunner(WriteScope scope, UnitAdmission admission) : ITransactionRunner
{
    public async Task<T> RunAsync<T>(Func<WriteScope, CancellationToken, Task<T>> unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        await admission.EnterAsync(cancellationToken);
        try
        {
            return await RunAdmittedAsync(unit, cancellationToken);
        }
        finally
        {
            admission.Leave();
        }
    }

    private async Task<T> RunAdmittedAsync<T>(Func<WriteScope, CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        // A failed statement ends the whole unit (the caller runs it again or refuses), so EF Core's savepoint around
        // each SaveChanges would only cost two round trips, one of them while the audit chain head is held.
        scope.Db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await scope.Db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await unit(scope, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            scope.Db.ChangeTracker.Clear(); // what the unit added or changed was never written
            throw;
        }
    }
}
