using System.Diagnostics;
using System.Globalization;

namespace RegistrationFlow.Cluster.Processes;

/// <summary>
/// One node: <c>dotnet RegistrationFlow.Web.dll</c> from the Release build, on its own port of 127.0.0.1, on the run's
/// PostgreSQL database, in Development (demo users seeded) on the run's training clock. Its output goes to a log file
/// in the run's folder; a restart appends to it.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly RepositoryLayout _layout;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private Process? _process;

    public NodeProcess(int index, RepositoryLayout layout, string folder, IReadOnlyDictionary<string, string> settings)
    {
        Index = index;
        _layout = layout;
        _settings = settings;
        Port = ProcessTools.FreePort();
        LogFile = Path.Combine(folder, $"node{index}.log");
    }

    public int Index { get; }
    public int Port { get; }
    public string LogFile { get; }
    public string Name => $"node{Index} (127.0.0.1:{Port})";
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public bool Frozen { get; private set; }
    public int Starts { get; private set; }
    /// <summary>Start-ups that ended with the process exiting (e.g. PostgreSQL restarted under it) and were started again.</summary>
    public int CrashedStartups { get; private set; }
    public bool Running => _process is { HasExited: false };

    public void Start()
    {
        if (Running) throw new InvalidOperationException($"{Name} is running already");
        _process?.Dispose();
        // sh execs dotnet, so the process id is the node's own and its output lands in the log file without a pipe to drain.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = _layout.WebFolder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" >>\"$1\" 2>&1");
        start.ArgumentList.Add(_layout.WebAssembly);
        start.ArgumentList.Add(LogFile);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";
        start.Environment["Urls"] = $"http://127.0.0.1:{Port}";
        start.Environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        start.Environment["DOTNET_gcServer"] = "0"; // three nodes on two cores: workstation GC keeps each small
        start.Environment["DOTNET_GCgen0size"] = "0x4000000"; // as shipped (docs/DEPLOYMENT.md, runtime settings)
        foreach (var (key, value) in _settings) start.Environment[key] = value;
        File.AppendAllText(LogFile, $"==== start {Starts + 1} at {DateTimeOffset.Now:O}{Environment.NewLine}");
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Name}");
        Starts++;
        Frozen = false;
    }

    /// <summary>
    /// Starts the node and waits until it answers; a start-up that ends with the process exiting is started again, up to
    /// three times, as a service manager (systemd's Restart=on-failure) would.
    /// </summary>
    public async Task StartSupervisedAsync(TimeSpan timeout)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!Running) Start();
            try
            {
                await WaitReadyAsync(timeout);
                return;
            }
            catch (NodeExitedException) when (attempt < 4)
            {
                CrashedStartups++;
                File.AppendAllText(LogFile, $"==== exited during start-up; started again as a service manager would{Environment.NewLine}");
            }
        }
    }

    /// <summary>Waits until the node answers HTTP (it listens only after migrations and seeding are done).</summary>
    public Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellation = default) =>
        ProcessTools.WaitUntilAsync(async () =>
        {
            if (_process is null || _process.HasExited)
                throw new NodeExitedException($"{Name} exited during start-up (code {_process?.ExitCode}):\n{ProcessTools.Tail(LogFile)}");
            try
            {
                // Any answer will do (401: not signed in): the node is up and its database ready.
                using var response = await Probe.GetAsync(new Uri(Address, "api/auth/me"), cancellation);
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return false;
            }
        }, timeout, () => $"{Name} did not answer:\n{ProcessTools.Tail(LogFile)}", cancellation);

    /// <summary>kill -9: no shutdown, open transactions are rolled back by PostgreSQL when the connections drop.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        if (Frozen) Continue();
        _process.Kill();
        _process.WaitForExit(10_000);
        Frozen = false;
    }

    /// <summary>SIGSTOP: the node keeps its sockets and database connections (and any row locks) but does nothing.</summary>
    public void Freeze()
    {
        if (!Running) throw new InvalidOperationException($"{Name} is not running");
        ProcessTools.Signal(_process!.Id, "STOP");
        Frozen = true;
    }

    public void Continue()
    {
        if (_process is null || _process.HasExited) return;
        ProcessTools.Signal(_process.Id, "CONT");
        Frozen = false;
    }

    public void Dispose()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                if (Frozen) ProcessTools.Signal(_process.Id, "CONT");
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // exited meanwhile
        }
        _process?.Dispose();
        _process = null;
    }

    public override string ToString() => Name;

    internal static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The node's process ended while it was expected to start or run.</summary>
public sealed class NodeExitedException(string message) : Exception(message);
