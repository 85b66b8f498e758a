using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RegistrationFlow.Cluster.Checking;
using RegistrationFlow.Cluster.Faults;
using RegistrationFlow.Cluster.Load;
using RegistrationFlow.Cluster.Processes;

namespace RegistrationFlow.Cluster;

/// <summary>
/// One fault run: a fresh database, the nodes of the built web app on it — N on PostgreSQL with nginx and the shipped
/// configuration in front, or one on a SQLite file reached directly — simulated users driving load while faults are
/// injected, then the checker. Everything runs on 127.0.0.1, in a temporary folder; <see cref="DisposeAsync"/> kills
/// every process it started and drops the database, whatever happened.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    private readonly FaultRunOptions _options;
    private readonly RepositoryLayout _layout;
    private readonly PostgresServer? _postgres;
    private readonly List<NodeProcess> _nodes = [];
    private NginxProcess? _nginx;
    private bool _databaseCreated;

    public FaultRun(FaultRunOptions options)
    {
        _options = options;
        _layout = RepositoryLayout.Find();
        RunId = "FT" + Guid.NewGuid().ToString("N")[..8];
        Folder = Path.Combine(Path.GetTempPath(), "registrationflow-fault", RunId);
        if (options.Storage == FaultStorage.PostgreSql)
        {
            _postgres = new PostgresServer(options.PostgresServer ?? throw new ArgumentException("a PostgreSQL run needs a server", nameof(options)),
                options.PostgresDataFolder);
            Database = "rf_fault_" + RunId[2..];
        }
        else
        {
            if (options.Nodes != 1 || options.NodeFreezes > 0 || options.PostgresRestarts > 0)
                throw new ArgumentException("a SQLite run has one node and only kills: a SQLite file serves one process", nameof(options));
            Database = Path.Combine(Folder, "registration.db");
        }
    }

    public string RunId { get; }
    /// <summary>The PostgreSQL database's name, or the SQLite file's path.</summary>
    public string Database { get; }
    /// <summary>The run's folder: node logs, nginx's configuration and logs. Left in place when the run fails, deleted when it passes.</summary>
    public string Folder { get; }

    public async Task<FaultRunReport> RunAsync(Action<string>? log = null)
    {
        log ??= _ => { };
        var wall = Stopwatch.StartNew();
        _layout.RequireBuiltWebApp();
        if (_options.PostgresRestarts > 0) _postgres!.RequireRestartable();
        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += KillEverything;

        if (_postgres is not null)
        {
            await _postgres.CreateDatabaseAsync(Database);
            _databaseCreated = true;
        }
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = _postgres is null ? "Sqlite" : "PostgreSql",
            ["ConnectionStrings__Registration"] = _postgres?.ConnectionString(Database) ?? $"Data Source={Database}",
            ["Workflows__Path"] = _layout.Workflows,
            ["Seed__DemoApplications"] = "false",
            ["Clock__StartAt"] = _options.ClockStart.ToString("O", CultureInfo.InvariantCulture),
            ["Clock__Rate"] = _options.ClockRate.ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        for (var i = 0; i < _options.Nodes; i++) _nodes.Add(new NodeProcess(i + 1, _layout, Folder, settings));
        // Started together: one migrates and seeds under the start-up lock, the others wait for it.
        await Task.WhenAll(_nodes.Select(n => n.StartSupervisedAsync(_options.NodeReadyTimeout)));
        var started = wall.Elapsed;
        log($"{_nodes.Count} nodes answering after {started.TotalSeconds:0.0} s: {string.Join(", ", _nodes)}");

        var entry = _nodes[0].Address;
        if (_postgres is not null)
        {
            _nginx = new NginxProcess(Folder);
            _nginx.Start(_layout.NginxConfiguration, _nodes.Select(n => n.Port).ToList());
            await _nginx.WaitReadyAsync(TimeSpan.FromSeconds(30));
            entry = _nginx.Address;
            log($"nginx on {_nginx.Address} with {_layout.NginxConfiguration}");
        }

        var ledger = new Ledger();
        using var api = ClusterApi.Create(entry, _options.RequestTimeout, ledger);
        var injector = new FaultInjector(_options, _nodes, _postgres);
        var pickup = new PickupDesk(api, _options.ThinkTime);
        var loadClock = Stopwatch.StartNew();
        TimeSpan loadTime;
        using (var stop = new CancellationTokenSource(_options.LoadDuration))
        {
            var workers = Enumerable.Range(1, _options.Workers)
                .Select(i => Task.Run(() => new CaseWorker(api, RunId, i, _options.ThinkTime, pickup).RunAsync(stop.Token))).ToList();
            workers.Add(Task.Run(() => pickup.RunAsync(stop.Token)));
            var faults = Task.Run(() => injector.RunAsync(loadClock, stop.Token));
            await Task.WhenAll(workers);
            loadTime = loadClock.Elapsed;
            log($"load stopped after {loadTime.TotalSeconds:0.0} s; {ledger.Acknowledged.Count} acknowledgements");
            await faults; // a fault under way finishes (bounded), and every node is running again
        }
        var faultsEnded = loadClock.Elapsed;
        foreach (var fault in injector.Done) log($"fault: {fault}");

        // Settle: every node answering; then read what the API and the database say.
        await injector.EnsureAllRunningAsync();
        var observations = await ObserveAsync(api, ledger.Acknowledged);
        var snapshot = _postgres is null
            ? await DatabaseSnapshot.ReadSqliteAsync(Database)
            : await DatabaseSnapshot.ReadAsync(_postgres.ReaderConnectionString(Database));
        var check = FaultChecker.Check(snapshot, ledger.Acknowledged, ledger.UnknownCreates, observations);
        var report = new FaultRunReport(_options, RunId, Database, Folder, started, loadTime, faultsEnded, wall.Elapsed, ledger.Requests, injector.Done, _nodes.Sum(n => n.CrashedStartups), injector.UnexpectedExits,
            ledger.Errors, ledger.Refusals, ledger.ErrorSamples, check);
        if (_options.ReportFile is { } file) await File.WriteAllTextAsync(file, report.ToString());
        return report;
    }

    /// <summary>Reads every acknowledged application's history and the audit chain's verification through nginx, retrying through any last hiccup.</summary>
    private static async Task<ApiObservations> ObserveAsync(ClusterApi api, IReadOnlyList<Acknowledgement> acknowledged)
    {
        var histories = new System.Collections.Concurrent.ConcurrentDictionary<Guid, IReadOnlyList<HistoryEntry>>();
        var notRead = 0;
        var ids = acknowledged.Select(a => a.ApplicationId).Distinct().ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, cancellation) =>
        {
            var answer = await ProcessTools.FirstAnswerAsync(async () =>
                await api.GetAsync("clerk", $"api/applications/{id}/history", cancellation) is { IsSuccess: true, Body: { ValueKind: JsonValueKind.Array } } read
                    ? read
                    : null, TimeSpan.FromSeconds(3), cancellation);
            if (answer is null)
            {
                Interlocked.Increment(ref notRead);
                return;
            }
            histories[id] = answer.Body!.Value.EnumerateArray()
                .Select(r => new HistoryEntry(r.GetProperty("action").GetString() ?? "", r.GetProperty("who").GetString() ?? "")).ToList();
        });

        var verify = await ProcessTools.FirstAnswerAsync(async () =>
            await api.GetAsync("admin", "api/audit/verify", CancellationToken.None) is { IsSuccess: true, Body: { ValueKind: JsonValueKind.Object } } read
                ? read
                : null, TimeSpan.FromSeconds(5));
        if (verify is null) return new ApiObservations(histories, notRead, null, 0, null);
        var body = verify.Body!.Value;
        var broken = body.TryGetProperty("firstBreak", out var b) && b.ValueKind == JsonValueKind.Object ? b.GetRawText() : null;
        return new ApiObservations(histories, notRead, body.GetProperty("intact").GetBoolean(), body.GetProperty("records").GetInt64(), broken);
    }

    private void KillEverything(object? sender, EventArgs e)
    {
        foreach (var node in _nodes) node.Dispose();
        _nginx?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillEverything;
        KillEverything(null, EventArgs.Empty);
        // PostgreSQL was restarted: no pooled connection of this process (other tests' hosts) may outlive it.
        if (_postgres is not null) Npgsql.NpgsqlConnection.ClearAllPools();
        if (_postgres is not null && _databaseCreated && !_options.Keep)
        {
            try
            {
                await _postgres.DropDatabaseAsync(Database);
            }
            catch (Npgsql.NpgsqlException)
            {
                // the server is gone (the test cluster stopped); nothing left to drop
            }
        }
    }

    /// <summary>Deletes the run's folder (logs); a caller keeps it when the run failed.</summary>
    public void DeleteFolder()
    {
        if (!_options.Keep && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A run's figures: timings, requests, faults, errors the clients saw by kind, and the checker's report.</summary>
public sealed record FaultRunReport(
    FaultRunOptions Options,
    string RunId,
    string Database,
    string Folder,
    TimeSpan NodesStartedAfter,
    TimeSpan LoadTime,
    TimeSpan FaultsEndedAfter,
    TimeSpan WallTime,
    long Requests,
    IReadOnlyList<FaultRecord> Faults,
    int CrashedStartups,
    IReadOnlyList<string> UnexpectedExits,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, int> Refusals,
    IReadOnlyList<string> ErrorSamples,
    CheckReport Check)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        var nodes = Options.Storage == FaultStorage.Sqlite ? "one node on a SQLite file" : $"{Options.Nodes} nodes on PostgreSQL behind nginx";
        text.AppendLine($"fault run {RunId}: {nodes}, {Options.Workers} simulated users (+ pick-up desk), " +
                        $"training clock from {Options.ClockStart:yyyy-MM-dd HH:mm zzz} at x{Options.ClockRate}");
        text.AppendLine($"  nodes answering after {NodesStartedAfter.TotalSeconds:0.0} s; load {LoadTime.TotalSeconds:0.0} s (the last fault over " +
                        $"{FaultsEndedAfter.TotalSeconds:0.0} s after the load began); wall time {WallTime.TotalSeconds:0.0} s; {Requests} requests");
        text.AppendLine($"  faults injected: {Faults.Count} ({string.Join(", ", Faults.GroupBy(f => f.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
        foreach (var fault in Faults) text.AppendLine($"    {fault}");
        text.AppendLine($"  node start-ups that crashed and were started again (as a service manager would): {CrashedStartups}");
        text.AppendLine($"  nodes that died without being killed: {UnexpectedExits.Count}{(UnexpectedExits.Count > 0 ? " (" + string.Join(", ", UnexpectedExits) + ")" : "")}");
        text.AppendLine($"  errors seen by clients: {Errors.Values.Sum()}");
        foreach (var (kind, count) in Errors) text.AppendLine($"    {kind}: {count}");
        text.AppendLine($"  refusals (409/412/422, by design): {Refusals.Values.Sum()}");
        foreach (var (kind, count) in Refusals) text.AppendLine($"    {kind}: {count}");
        if (ErrorSamples.Count > 0)
        {
            text.AppendLine("  error samples:");
            foreach (var sample in ErrorSamples.Take(10)) text.AppendLine($"    {sample}");
        }
        text.Append(Check);
        text.AppendLine($"  logs: {Folder}{(Options.Keep ? $"; database {Database} kept" : "")}");
        return text.ToString();
    }
}
