using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RegistrationFlow.Infrastructure;

namespace RegistrationFlow.Web.Hangfire;

internal static class HangfireSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>How often the server looks for due scheduled jobs and for queued work (Hangfire's default is 15 s).</summary>
    public static readonly TimeSpan PollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Hangfire with the storage module's job storage, or in-memory storage owned by this host: the storage is a singleton of this host's container and is
    /// handed to the client, the server and the dashboard explicitly, never put in the process-wide
    /// <c>JobStorage.Current</c>, so several hosts in one process (the integration tests) keep their jobs apart.
    /// </summary>
    public static IServiceCollection AddRegistrationHangfire(this IServiceCollection services)
    {
        // Registered before AddHangfire, whose TryAdd defaults would read the process-wide statics. A storage module
        // with durable jobs (PostgreSQL) registers its own; the single SQLite node keeps its jobs in memory.
        services.TryAddSingleton<JobStorage>(provider =>
        {
            // Runs the configuration below first, so the storage logs through this host's loggers.
            provider.GetRequiredService<IGlobalConfiguration>();
            return new InMemoryStorage(new InMemoryStorageOptions
            {
                // GUID ids: an id seen before a restart (in a log, the dashboard) can never name a different, new job.
                IdType = InMemoryStorageIdType.Guid,
            });
        });
        services.AddSingleton<JobActivator>(provider => new ScopedJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((provider, options) =>
        {
            options.SchedulePollingInterval = PollingInterval;
            options.WorkerCount = 4;
            options.Activator = provider.GetRequiredService<JobActivator>();
        });
        services.AddRegistrationOperations();
        services.AddHostedService<RecurringJobsSetup>();
        return services;
    }
}
