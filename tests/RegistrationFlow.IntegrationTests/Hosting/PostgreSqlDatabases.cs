using Npgsql;

namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>Creates and drops the test hosts' databases on the throwaway PostgreSQL cluster.</summary>
public static class PostgreSqlDatabases
{
    public static async Task CreateIfMissingAsync(string server, string database)
    {
        await using var connection = await OpenAsync(server);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync();
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another host of the same folder (a second node) created it at the same moment.
            }
        }
    }

    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAsync(server);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string server)
    {
        var connection = new NpgsqlConnection($"{server};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        return connection;
    }
}
