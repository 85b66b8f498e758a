using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Puts writes that run outside a transaction through the <see cref="WriteGate"/> too: a single-statement
/// <c>ExecuteUpdate</c>, or a <c>SaveChanges</c> of one statement (which EF Core runs without a transaction). A command
/// inside a transaction already holds the gate; a <c>SELECT</c> never needs it (WAL readers do not block the writer).
/// </summary>
internal sealed class WriteGateCommandInterceptor(WriteGate gate) : DbCommandInterceptor
{
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (NeedsGate(command)) WriteGateLeases.Hold(command, gate.Enter());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NeedsGate(command)) WriteGateLeases.Hold(command, await gate.EnterAsync(cancellationToken));
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        WriteGateLeases.Release(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        WriteGateLeases.Release(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        if (NeedsGate(command)) WriteGateLeases.Hold(command, gate.Enter());
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (NeedsGate(command)) WriteGateLeases.Hold(command, await gate.EnterAsync(cancellationToken));
        return result;
    }

    // SQLite holds the write lock of a statement that returns rows (UPDATE … RETURNING) until its reader is done.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        WriteGateLeases.Release(command);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => WriteGateLeases.Release(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        WriteGateLeases.Release(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => WriteGateLeases.Release(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WriteGateLeases.Release(command);
        return Task.CompletedTask;
    }

    private static bool NeedsGate(DbCommand command) =>
        command.Transaction is null && !command.CommandText.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}
