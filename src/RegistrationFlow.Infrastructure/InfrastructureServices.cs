using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Sqlite;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Receipts;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>
    /// Registers the database (provider from "Database:Provider", connection string "Registration"), the office
    /// settings, number allocators, the audit trail, the business calendar and the workflow catalog (read from the
    /// workflows folder, <see cref="WorkflowsFolder.Resolve"/>). Relative paths are resolved against <paramref name="contentRoot"/>.
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
                // One writer at a time, queued in this process (PostgreSQL has row locks and needs no gate).
                var gate = new WriteGate(TimeSpan.FromMilliseconds(sqlite.BusyTimeoutMilliseconds));
                services.AddSingleton(gate);
                services.AddSingleton(provider => new WalCheckpointer(resolved, sqlite, TimeProvider.System,
                    provider.GetRequiredService<ILogger<WalCheckpointer>>()));
                services.AddHostedService(provider => provider.GetRequiredService<WalCheckpointer>());
                var groupCommit = configuration.GetSection(GroupCommitSettings.Section).Get<GroupCommitSettings>() ?? new GroupCommitSettings();
                if (groupCommit.Enabled)
                {
                    services.AddSingleton(provider => new GroupCommitRunner(provider.GetRequiredService<IServiceScopeFactory>(), groupCommit,
                        provider.GetRequiredService<ILogger<GroupCommitRunner>>()));
                    services.AddSingleton<ITransactionRunner>(provider => provider.GetRequiredService<GroupCommitRunner>());
                }
                else
                {
                    services.AddScoped<ITransactionRunner, OwnTransactionRunner>();
                }
                // Pooled: a request reuses a reset context instead of building one with its internal services.
                services.AddDbContextPool<RegistrationDbContext>(options => options
                    .UseSqlite(resolved)
                    .ReplaceService<IRelationalTransactionFactory, WriteGateTransactionFactory>()
                    .AddInterceptors(connectionSetup, new WriteGateTransactionInterceptor(gate), new WriteGateCommandInterceptor(gate)));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{database.Provider}' is not supported; use 'Sqlite'.");
        }

        services.AddSingleton<ICertificateNumberFormatter, CertificateNumberFormatter>();
        services.AddScoped<CertificateNumberAllocator>();
        services.AddScoped<ReceiptNumberAllocator>();
        services.AddSingleton<AuditChainHeadCache>();
        services.AddScoped<AuditTrail>();

        var workflows = WorkflowsFolder.Resolve(configuration, contentRoot);
        services.AddSingleton(workflows);
        services.AddSingleton(provider => new CalendarSources(workflows, provider.GetRequiredService<IOptions<OfficeSettings>>().Value.ResolveTimeZone()));
        // From the files until start-up has read the database's imported years and hall hours.
        services.AddSingleton(provider => new LiveBusinessCalendar(provider.GetRequiredService<CalendarSources>().FromFiles()));
        services.AddSingleton<IBusinessCalendar>(provider => provider.GetRequiredService<LiveBusinessCalendar>());
        services.AddSingleton<PromiseRecalculator>();
        services.AddScoped<CalendarImports>();
        services.AddScoped<OfficeHoursEdits>();
        services.AddSingleton(provider => new WorkflowEngine(provider.GetRequiredService<IBusinessCalendar>()));
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<OverdueRule>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<WorkflowDrafts>();
        services.AddScoped<DefinitionFolderLoader>();

        services.AddScoped<EffectApplier>();
        services.AddScoped<WriteScope>();
        services.AddScoped<DeadlineJobs>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<IDeadlineHandler, DeadlineHandler>();
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
