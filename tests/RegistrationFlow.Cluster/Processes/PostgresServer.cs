using Npgsql;

namespace RegistrationFlow.Cluster.Processes;

/// <summary>
/// The PostgreSQL server of a run: creates the run's fresh database and drops it at the end, and restarts the server
/// (<c>pg_ctl restart -m fast</c>, as the postgres user when run as root) for the restart fault. It restarts only a
/// cluster whose data folder says it listens on the port of the connection string, so a wrong folder cannot restart
/// someone else's server.
/// </summary>
public sealed class PostgresServer(string server, string dataFolder)
{
    private readonly NpgsqlConnectionStringBuilder _server = new(server);

    public string DataFolder { get; } = dataFolder;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>A connection string for the harness's own reads: no pool, so a restarted server leaves no dead connection behind.</summary>
    public string ReaderConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database, Pooling = false, CommandTimeout = 120 }.ConnectionString;

    public async Task CreateDatabaseAsync(string database)
    {
        await using var connection = await OpenMaintenanceAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = await OpenMaintenanceAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenMaintenanceAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Fails early when the restart fault could not be injected (no pg_ctl, wrong data folder).</summary>
    public void RequireRestartable()
    {
        _ = PgCtl();
        var pid = Path.Combine(DataFolder, "postmaster.pid");
        if (!File.Exists(pid))
            throw new InvalidOperationException($"{pid} is missing: the PostgreSQL data folder is not {DataFolder} (set RF_PG_FOLDER as for scripts/postgres-test-cluster.sh)");
        // postmaster.pid: pid, data directory, start time, port, …
        var lines = File.ReadAllLines(pid);
        if (lines.Length < 4 || lines[3].Trim() != _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"the cluster in {DataFolder} listens on port {(lines.Length > 3 ? lines[3] : "?")}, not {_server.Port}: refusing to restart it");
    }

    /// <summary>Restarts the server: fast shutdown (open transactions rolled back, connections cut), then start, waiting for both.</summary>
    public void Restart(TimeSpan timeout)
    {
        RequireRestartable();
        var log = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataFolder))!, "server.log");
        var command = $"{PgCtl()} -D {DataFolder} -l {log} -m fast -w -t {(int)timeout.TotalSeconds} restart";
        var result = Environment.UserName == "root"
            ? ProcessTools.Run("su", ["postgres", "-s", "/bin/bash", "-c", command], timeout + TimeSpan.FromSeconds(10))
            : ProcessTools.Run("/bin/bash", ["-c", command], timeout + TimeSpan.FromSeconds(10));
        if (result.ExitCode != 0) throw new InvalidOperationException($"pg_ctl restart failed ({result.ExitCode}): {result.Output}");
    }

    private static string PgCtl()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var best = versions.Select(v => Path.Combine(v, "bin", "pg_ctl")).Where(File.Exists)
            .OrderBy(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var n) ? n : 0).LastOrDefault();
        return best ?? throw new InvalidOperationException("pg_ctl not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
    }
}
