using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>The connection settings are applied once per physical connection; every connection EF Core opens has them.</summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)]
public sealed class SqliteConnectionSetupTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Every_connection_opened_has_the_configured_pragmas_also_after_the_pool_is_emptied()
    {
        for (var round = 0; round < 3; round++)
        {
            for (var reopen = 0; reopen < 3; reopen++)
            {
                var pragmas = await host.InScopeAsync(services => ReadPragmasAsync(services.GetRequiredService<RegistrationDbContext>()));
                Assert.Equal(("wal", 2L, 10_000L, 1L), pragmas); // WAL, synchronous=FULL, busy_timeout, foreign_keys=ON
            }
            SqliteConnection.ClearAllPools(); // the next open makes a new native connection
        }
    }

    private static async Task<(string Journal, long Synchronous, long BusyTimeout, long ForeignKeys)> ReadPragmasAsync(RegistrationDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return ((string)(await ScalarAsync(connection, "PRAGMA journal_mode"))!, (long)(await ScalarAsync(connection, "PRAGMA synchronous"))!,
                (long)(await ScalarAsync(connection, "PRAGMA busy_timeout"))!, (long)(await ScalarAsync(connection, "PRAGMA foreign_keys"))!);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
