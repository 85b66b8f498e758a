using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Storage.Sqlite;
using RegistrationFlow.Storage.PostgreSql;

namespace RegistrationFlow.Web.Hosting;

internal static class StorageSetup
{
    /// <summary>The database named by <c>Database:Provider</c>: <c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public static IServiceCollection AddRegistrationStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>()?.Provider ?? "Sqlite";
        return provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => services.AddSqliteStorage(configuration, contentRoot),
            "postgresql" or "postgres" => services.AddPostgreSqlStorage(configuration),
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported; use 'Sqlite' (one node, the default) or 'PostgreSql' (one or several nodes)."),
        };
    }
}
