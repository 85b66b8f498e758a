using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>Applies <see cref="SqliteSettings"/> each time EF Core opens a SQLite connection.</summary>
internal sealed class SqliteConnectionSetup(SqliteSettings settings) : DbConnectionInterceptor
{
    private readonly string _pragmas = settings.ToPragmas();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
