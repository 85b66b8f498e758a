using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Begins every EF Core transaction on SQLite only once the <see cref="WriteGate"/> lets it in, still with Microsoft.Data.Sqlite's
/// <c>BEGIN IMMEDIATE</c>, so the write lock is taken at the start and never waited for in SQLite's busy handler. The lease is
/// released by <see cref="WriteGateTransactionFactory"/>'s transaction when it commits, rolls back or is disposed.
/// </summary>
internal sealed class WriteGateTransactionInterceptor(WriteGate gate) : DbTransactionInterceptor
{
    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (result.HasResult) return result;
        var lease = gate.Enter();
        try
        {
            var transaction = connection.BeginTransaction(eventData.IsolationLevel);
            WriteGateLeases.Hold(transaction, lease);
            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (result.HasResult) return result;
        var lease = await gate.EnterAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken);
            WriteGateLeases.Hold(transaction, lease);
            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }
}
