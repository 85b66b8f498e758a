using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>
/// The real web host on Kestrel, on a free local port, with a fresh SQLite file and the Development demo users.
/// The training clock starts on Monday 2 March 2026 09:00 in Linhai (a working day, hall open) and runs at real speed,
/// so countdowns move and deadlines fall inside the shipped calendar whatever day the suite runs.
/// </summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    public const string ClockStart = "2026-03-02T09:00:00+08:00";

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
        builder.UseSetting("Clock:StartAt", ClockStart);
        builder.UseSetting("Clock:Rate", "1");
        builder.UseSetting("Seed:DemoUsers", "true");
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

