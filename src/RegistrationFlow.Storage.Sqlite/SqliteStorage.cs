using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.Sqlite;

public static class SqliteStorage
{
    /// <summary>
    /// The embedded database: one SQLite file (WAL) used by this process alone, written by one writer with group
    /// commit (<see cref="GroupCommitRunner"/>; readers read beside it), checkpointed in the background. Connection string "Registration" (default <c>data/registration.db</c>,
    /// relative to <paramref name="contentRoot"/>).
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        var sqlite = configuration.GetSection(SqliteSettings.Section).Get<SqliteSettings>() ?? new SqliteSettings();
        var resolved = SqliteConnectionStrings.Resolve(connectionString, contentRoot);
        var connectionSetup = new SqliteConnectionSetup(sqlite);
        services.AddSingleton(_ => new SqliteSingleProcessLock(resolved));
        services.AddSingleton<IStartupLock>(provider => provider.GetRequiredService<SqliteSingleProcessLock>());
        // Registered first, so stopped last: the file is released when the host stops.
        services.AddHostedService(provider => provider.GetRequiredService<SqliteSingleProcessLock>());
        services.AddSingleton(provider => new WalCheckpointer(resolved, sqlite, TimeProvider.System,
            provider.GetRequiredService<ILogger<WalCheckpointer>>()));
        services.AddHostedService(provider => provider.GetRequiredService<WalCheckpointer>());
        // The only writer after start-up: every write unit of the product goes through it.
        var groupCommit = configuration.GetSection(GroupCommitSettings.Section).Get<GroupCommitSettings>() ?? new GroupCommitSettings();
        services.AddSingleton(provider => new GroupCommitRunner(provider.GetRequiredService<IServiceScopeFactory>(), groupCommit,
            provider.GetRequiredService<ILogger<GroupCommitRunner>>()));
        services.AddSingleton<ITransactionRunner>(provider => provider.GetRequiredService<GroupCommitRunner>());
        services.AddSingleton<IRowLocks, SingleWriterRowLocks>();
        // Pooled: a request reuses a reset context instead of building one with its internal services.
        services.AddDbContextPool<RegistrationDbContext>(options => options.UseRegistrationSqlite(resolved).AddInterceptors(connectionSetup));
        return services;
    }

    /// <summary>The SQLite provider for the registration database, with this project's migrations.</summary>
    public static DbContextOptionsBuilder UseRegistrationSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStorage).Assembly.FullName));
}
