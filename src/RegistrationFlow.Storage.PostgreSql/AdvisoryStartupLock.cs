using Npgsql;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.PostgreSql;

/// <summary>
/// A session-level PostgreSQL advisory lock held on a connection of its own while a node migrates and seeds: nodes
/// starting together take turns, and the later ones find the schema and the seed data in place.
/// </summary>
public sealed class AdvisoryStartupLock(string connectionString) : IStartupLock
{
    /// <summary>An arbitrary key the product uses for nothing else ("RFSTART" in ASCII).</summary>
    public const long Key = 0x5246_5354_4152_54;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            throw new DatabaseUnreachableException(
                $"Cannot reach the PostgreSQL database {target.Database ?? "(default)"} at {target.Host}:{target.Port} as {target.Username}: {e.Message}", e);
        }
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new Held(connection);
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (connection)
            {
                try
                {
                    await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                    command.Parameters.AddWithValue("key", Key);
                    await command.ExecuteNonQueryAsync();
                }
                catch (NpgsqlException)
                {
                    // The connection is gone (e.g. the server restarted): the server released its session lock with it.
                }
            }
        }
    }
}
