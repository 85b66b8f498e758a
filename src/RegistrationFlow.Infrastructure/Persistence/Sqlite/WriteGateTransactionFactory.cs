using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Makes EF Core's transactions release their <see cref="WriteGate"/> lease as soon as they end: after commit, after
/// rollback, or when disposed without either (the early returns that let a transaction roll back by disposal).
/// </summary>
internal sealed class WriteGateTransactionFactory(RelationalTransactionFactoryDependencies dependencies)
    : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned) =>
        new GatedTransaction(connection, transaction, transactionId, logger, transactionOwned, Dependencies.SqlGenerationHelper);

    private sealed class GatedTransaction(IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned, ISqlGenerationHelper sql)
        : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned, sql)
    {
        public override void Commit()
        {
            try
            {
                base.Commit();
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }

        public override async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await base.CommitAsync(cancellationToken);
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }

        public override void Rollback()
        {
            try
            {
                base.Rollback();
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await base.RollbackAsync(cancellationToken);
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }

        public override void Dispose()
        {
            try
            {
                base.Dispose();
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await base.DisposeAsync();
            }
            finally
            {
                WriteGateLeases.Release(this.GetDbTransaction());
            }
        }
    }
}
