using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Storage.Sqlite;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>
/// The web host's own infrastructure services (<see cref="InfrastructureServices.AddRegistrationInfrastructure"/>) on a
/// database file, with the loader's <see cref="SettableClock"/> as the one clock and no deadline pump running: deadline
/// rows are fired by the loader at their due instants, and whatever is still pending at the end is fired by the
/// service's pump once it is due.
/// </summary>
public sealed class SeedingHost : IAsyncDisposable
{
    private SeedingHost(ServiceProvider services, SettableClock clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    public SettableClock Clock { get; }
    public IBusinessCalendar Calendar => Services.GetRequiredService<IBusinessCalendar>();

    /// <summary>Builds the services on <paramref name="databasePath"/>, applies migrations and loads the workflows folder.</summary>
    public static async Task<SeedingHost> StartAsync(string databasePath, DateTimeOffset clockStart, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Registration"] = $"Data Source={Path.GetFullPath(databasePath)}",
            })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var clock = new SettableClock(clockStart);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSqliteStorage(configuration, AppContext.BaseDirectory);
        services.AddRegistrationInfrastructure(configuration, AppContext.BaseDirectory);
        // The web host's key in Development, so the service started on the loaded file finds the index current.
        services.AddSingleton(SearchIndexKey.Read(configuration, developmentKeyAllowed: true));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<SearchIndexBuilder>().EnsureCurrentAsync(cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<DefinitionFolderLoader>()
                .LoadAsync(scope.ServiceProvider.GetRequiredService<WorkflowsFolder>(), cancellationToken);
            if (report.Problems.Count > 0)
                throw new InvalidOperationException("The workflows folder has problems: " + string.Join("; ", report.Problems.Select(p => p.ToString())));
        }
        return new SeedingHost(provider, clock);
    }

    /// <summary>The business calendar the service builds from the workflows folder, in the office's default time zone.</summary>
    public static IBusinessCalendar ReadCalendar() => BusinessCalendarFiles.Load(
        WorkflowsFolder.Resolve(new ConfigurationBuilder().AddEnvironmentVariables().Build(), AppContext.BaseDirectory), new Infrastructure.Office.OfficeSettings().ResolveTimeZone());

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Infrastructure.Office.OfficeSettings Office => Services.GetRequiredService<IOptions<Infrastructure.Office.OfficeSettings>>().Value;

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
