using System.Globalization;

namespace RegistrationFlow.Cluster;

/// <summary>Where a fault run keeps its data.</summary>
public enum FaultStorage
{
    /// <summary>Several nodes on one PostgreSQL database behind nginx.</summary>
    PostgreSql,
    /// <summary>One node on a SQLite file, reached directly (a SQLite file serves one process).</summary>
    Sqlite,
}

/// <summary>
/// What one fault run does: which storage, how many nodes, how long the load runs, how many faults of each kind, the
/// training clock the nodes run on. The short tests use the defaults of <see cref="ForPostgreSql"/> and
/// <see cref="ForSqlite"/>; <c>bench/fault/run.sh</c> and <c>bench/fault/sqlite-kills.sh</c> set the environment
/// variables read by <see cref="WithEnvironment"/> for a longer run.
/// </summary>
public sealed record FaultRunOptions
{
    public FaultStorage Storage { get; init; } = FaultStorage.PostgreSql;

    /// <summary>
    /// A PostgreSQL server connection string without a database (a superuser role: the run creates and drops its
    /// database); null for a SQLite run.
    /// </summary>
    public string? PostgresServer { get; init; }

    /// <summary>The cluster's data folder, for <c>pg_ctl restart</c>: <c>$RF_PG_FOLDER/data</c> as <c>scripts/postgres-test-cluster.sh</c> lays it out.</summary>
    public string PostgresDataFolder { get; init; } = DefaultPostgresDataFolder();

    public int Nodes { get; init; } = 3;

    /// <summary>How long the simulated users drive load; the faults are spread over it.</summary>
    public TimeSpan LoadDuration { get; init; } = TimeSpan.FromSeconds(75);

    /// <summary>Simulated users walking applications through their lifecycle at once (besides the one handing certificates over).</summary>
    public int Workers { get; init; } = 5;

    /// <summary>Pause of a simulated user between two requests (think time), so the load leaves the 2 cores some air.</summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.FromMilliseconds(20);

    public int NodeKills { get; init; } = 3;
    public int NodeFreezes { get; init; } = 1;

    /// <summary>
    /// How long a frozen node (SIGSTOP) stays frozen. The default (12 s) is past the clients' patience for one answer
    /// (<see cref="RequestTimeout"/>), so requests routed to it time out with their outcome unknown, but it is shorter than
    /// Hangfire's 5-minute invisibility timeout: a job the frozen node fetched is run by it after SIGCONT, not refetched.
    /// The long run freezes for 30 s.
    /// </summary>
    public TimeSpan FreezeDuration { get; init; } = TimeSpan.FromSeconds(12);

    public int PostgresRestarts { get; init; } = 1;

    /// <summary>
    /// The training clock of the nodes starts on Monday 2 March 2026, 15:30 in Linhai (a working week ahead); it runs
    /// from the first node's start, so the load begins some simulated hours later, depending on how long the nodes took.
    /// </summary>
    public DateTimeOffset ClockStart { get; init; } = new(2026, 3, 2, 15, 30, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// Simulated seconds per real second. At 2000 the default 75 s of load span about 42 simulated hours: wherever in the
    /// day the load begins (the clock runs from the first node's start, and starting takes 10–40 s), it passes a
    /// midnight and the 08:30 opening after it, when every application registered before that midnight becomes ready
    /// for pick-up (certificate-ready deadlines), and the 16:00 and 17:00 warning and breach instants of applications
    /// left unregistered.
    /// </summary>
    public double ClockRate { get; init; } = 2000;

    /// <summary>How long a simulated user waits for one answer before counting it as a timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a node may take to start (migrations, seeding) or restart before the run fails.</summary>
    public TimeSpan NodeReadyTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Where the run writes its report as text (besides returning it), or null.</summary>
    public string? ReportFile { get; init; }

    /// <summary>Keep the run's database and folder (logs) afterwards, for a look at what happened.</summary>
    public bool Keep { get; init; }

    public int FaultCount => NodeKills + NodeFreezes + PostgresRestarts;

    /// <summary>Three nodes on PostgreSQL behind nginx: three kills, a freeze and a PostgreSQL restart in 75 s of load.</summary>
    public static FaultRunOptions ForPostgreSql(string postgresServer) => new() { PostgresServer = postgresServer };

    /// <summary>
    /// One node on a SQLite file: killed (kill -9) and started again four times in 50 s of load. Nothing else to fault:
    /// no second node, no database server.
    /// </summary>
    public static FaultRunOptions ForSqlite() => new()
    {
        Storage = FaultStorage.Sqlite,
        Nodes = 1,
        NodeKills = 4,
        NodeFreezes = 0,
        PostgresRestarts = 0,
        LoadDuration = TimeSpan.FromSeconds(50),
    };

    /// <summary>
    /// These options, overridden by FAULT_MINUTES (load duration), FAULT_WORKERS, FAULT_KILLS, FAULT_FREEZES,
    /// FAULT_FREEZE_SECONDS, FAULT_PG_RESTARTS, FAULT_CLOCK_RATE, FAULT_NODES, FAULT_REPORT (a file for the report) and FAULT_KEEP=1
    /// (keep the database and the logs).
    /// </summary>
    public FaultRunOptions WithEnvironment()
    {
        var options = this;
        if (Number("FAULT_MINUTES") is { } minutes) options = options with { LoadDuration = TimeSpan.FromMinutes(minutes) };
        if (Number("FAULT_WORKERS") is { } workers) options = options with { Workers = (int)workers };
        if (Number("FAULT_KILLS") is { } kills) options = options with { NodeKills = (int)kills };
        if (Number("FAULT_FREEZES") is { } freezes) options = options with { NodeFreezes = (int)freezes };
        if (Number("FAULT_FREEZE_SECONDS") is { } freeze) options = options with { FreezeDuration = TimeSpan.FromSeconds(freeze) };
        if (Number("FAULT_PG_RESTARTS") is { } restarts) options = options with { PostgresRestarts = (int)restarts };
        if (Number("FAULT_CLOCK_RATE") is { } rate) options = options with { ClockRate = rate };
        if (Number("FAULT_NODES") is { } nodes) options = options with { Nodes = (int)nodes };
        if (Environment.GetEnvironmentVariable("FAULT_REPORT") is { Length: > 0 } report) options = options with { ReportFile = report };
        if (Environment.GetEnvironmentVariable("FAULT_KEEP") is "1" or "true") options = options with { Keep = true };
        return options;
    }

    private static double? Number(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    private static string DefaultPostgresDataFolder() =>
        Path.Combine(Environment.GetEnvironmentVariable("RF_PG_FOLDER") is { Length: > 0 } folder ? folder : "/tmp/registrationflow-pg", "data");
}
