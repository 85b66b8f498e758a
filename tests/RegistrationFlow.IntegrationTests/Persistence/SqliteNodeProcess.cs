using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>
/// The product's own executable serving a SQLite file in a process of its own (Development: demo users and demo
/// applications; the training clock from a given instant). Not an in-process host: the write path's compiled queries
/// bind to the first model they run on, so a SQLite node in the PostgreSQL run's test process would break every
/// PostgreSQL node after it.
/// </summary>
internal sealed class SqliteNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SqliteNodeProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<SqliteNodeProcess> StartAsync(string databaseFile, DateTimeOffset clockStart)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "RegistrationFlow.Web.dll"), "--urls", address.ToString(),
                     $"--ConnectionStrings:Registration=Data Source={databaseFile}", $"--Clock:StartAt={clockStart:O}",
                 })
            start.ArgumentList.Add(arg);
        var node = new SqliteNodeProcess(Process.Start(start)!, address);
        node._process.OutputDataReceived += (_, line) => node.Note(line.Data);
        node._process.ErrorDataReceived += (_, line) => node.Note(line.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                if (node._process.HasExited) throw new InvalidOperationException($"The SQLite node stopped:\n{node.Log}");
                try
                {
                    return (await node.Client.GetAsync("/openapi/v1.json")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the SQLite node listens", TimeSpan.FromSeconds(90));
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
        return node;
    }

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public async Task<string> SignInAsync(string userName)
    {
        var response = await Client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Demo-Pass-1" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    /// <summary>Stops it as Ctrl-C or a service manager would (SIGTERM), so the host shuts down in order.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    private void Note(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
