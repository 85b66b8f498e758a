using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>
/// Applies <see cref="SqliteSettings"/> to each physical SQLite connection, once. EF Core opens and closes its
/// connection around every query, but the pool hands back the same native handle, and PRAGMAs stay set on it.
/// </summary>
internal sealed class SqliteConnectionSetup(SqliteSettings settings) : DbConnectionInterceptor
{
    private readonly string _pragmas = settings.ToPragmas();
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && _prepared.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            _prepared.AddOrUpdate(handle, handle);
        }
    }
}
