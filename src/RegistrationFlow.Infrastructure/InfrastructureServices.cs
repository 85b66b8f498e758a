using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Sqlite;
using RegistrationFlow.Infrastructure.Receipts;

namespace RegistrationFlow.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>
    /// Registers the database (provider from "Database:Provider", connection string "Registration"), the office
    /// settings, number allocators and the audit trail. Relative SQLite paths are resolved against <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddRegistrationInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<OfficeSettings>().Bind(configuration.GetSection(OfficeSettings.Section))
            .Validate(o => TryResolve(o.TimeZone), "Office:TimeZone is not a known time zone.")
            .ValidateOnStart();

        var database = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        switch (database.Provider.ToLowerInvariant())
        {
            case "sqlite":
                var sqlite = configuration.GetSection(SqliteSettings.Section).Get<SqliteSettings>() ?? new SqliteSettings();
                var resolved = DatabaseSettings.ResolveSqliteConnectionString(connectionString, contentRoot);
                var connectionSetup = new SqliteConnectionSetup(sqlite);
                services.AddDbContext<RegistrationDbContext>(options => options
                    .UseSqlite(resolved)
                    .AddInterceptors(connectionSetup));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{database.Provider}' is not supported; use 'Sqlite'.");
        }

        services.AddSingleton<ICertificateNumberFormatter, CertificateNumberFormatter>();
        services.AddScoped<CertificateNumberAllocator>();
        services.AddScoped<ReceiptNumberAllocator>();
        services.AddScoped<AuditTrail>();
        return services;
    }

    private static bool TryResolve(string timeZone)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timeZone);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
