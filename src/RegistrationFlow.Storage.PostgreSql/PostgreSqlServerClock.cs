using Npgsql;
using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Storage.PostgreSql;

/// <summary>The PostgreSQL server's clock, which every node of one database follows.</summary>
internal sealed class PostgreSqlServerClock(string connectionString) : IDatabaseClock
{
    public async Task<DateTimeOffset> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset instant => instant,
            _ => throw new InvalidOperationException($"clock_timestamp() returned {value?.GetType().Name ?? "null"}."),
        };
    }
}
