using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>
/// The real web host on a real SQLite file in a fresh temporary folder (deleted afterwards), with a
/// <see cref="FakeTimeProvider"/> as the one clock. One per test class (xunit's class fixture).
/// </summary>
public class ServiceHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 in Linhai: a working day, hall open.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public ServiceHost() : this(NewFolder(), Start)
    {
    }

    /// <summary>A host on the database in <paramref name="folder"/> (e.g. a restart on an earlier host's file), clock at <paramref name="clockStart"/>.</summary>
    protected ServiceHost(string folder, DateTimeOffset clockStart)
    {
        Folder = folder;
        Clock = new FakeTimeProvider(clockStart);
    }

    public FakeTimeProvider Clock { get; }
    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "registration.db");
    /// <summary>Leave the folder (and database) in place when the host is disposed, for the next host to start on.</summary>
    public bool KeepFolder { get; init; }

    /// <summary>
    /// Set by <c>./test.sh</c> for its second run of this suite: the hosts then run on PostgreSQL (a database per host
    /// folder on the throwaway cluster named by <see cref="PostgreSqlServerVariable"/>) instead of a SQLite file.
    /// </summary>
    public const string ProviderVariable = "REGISTRATIONFLOW_TEST_PROVIDER";
    public const string PostgreSqlServerVariable = "REGISTRATIONFLOW_TEST_POSTGRES";

    public static bool OnPostgreSql => string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database of this host's folder, so a host started again on the folder finds the same data.</summary>
    public string PostgreSqlDatabase => "rf_" + Path.GetFileName(Folder);

    private static string PostgreSqlServer => Environment.GetEnvironmentVariable(PostgreSqlServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{ProviderVariable}=PostgreSql needs {PostgreSqlServerVariable} (a connection string without a database); ./test.sh starts a cluster and sets both.");

    public string ConnectionString => OnPostgreSql ? $"{PostgreSqlServer};Database={PostgreSqlDatabase}" : $"Data Source={DatabasePath}";

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "registrationflow-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The search key of the test hosts (Production refuses to start without one; Development would use its published key).</summary>
    public const string SearchKey = "dGVzdCBzZWFyY2gga2V5IG9mIHRoZSBpbnRlZ3JhdGlvbiBzdWl0ZSAhIQ==";

    protected virtual string EnvironmentName => "Development";
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Registration", ConnectionString);
        if (OnPostgreSql) builder.UseSetting("Database:Provider", "PostgreSql");
        // Tests count receipts, deadlines and outbox rows from an empty database: no demo applications (a class may turn them on).
        builder.UseSetting("Seed:DemoApplications", "false");
        builder.UseSetting("Search:IdentityKey", SearchKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        if (OnPostgreSql) await PostgreSqlDatabases.CreateIfMissingAsync(PostgreSqlServer, PostgreSqlDatabase);
        _ = Server; // start the host: migrations and seeding run now
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (OnPostgreSql && !KeepFolder) await PostgreSqlDatabases.DropAsync(PostgreSqlServer, PostgreSqlDatabase);
        if (!KeepFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public async Task<string> SignInAsync(string userName, string password = "Demo-Pass-1")
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    public HttpClient CreateClient(string bearerToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

/// <summary>A host on a given folder and clock, e.g. started again on the database an earlier host left behind.</summary>
public sealed class HostOnFolder(string folder, DateTimeOffset clockStart) : ServiceHost(folder, clockStart);
