using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>
/// The real web host on Kestrel, on a free local port, with a fresh SQLite file and the Development demo users.
/// The clock starts on Monday 2 March 2026 09:00 in Linhai (a working day, hall open) and runs at real speed, so
/// countdowns move and deadlines fall inside the shipped calendar whatever day the suite runs.
/// </summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset ClockStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public ShiftableClock Clock { get; } = new(ClockStart);

    public AppHost()
    {
        Port = FreePort();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "registrationflow-browser", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Registration", $"Data Source={Path.Combine(Folder, "registration.db")}");
        builder.UseSetting("Seed:DemoUsers", "true");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>A free high port from the operating system (never one of the ports Chromium refuses, which are all low).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

