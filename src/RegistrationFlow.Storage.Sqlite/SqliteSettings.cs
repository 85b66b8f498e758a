namespace RegistrationFlow.Storage.Sqlite;

/// <summary>Connection settings applied to every SQLite connection when it opens (section "Database:Sqlite").</summary>
public sealed class SqliteSettings
{
    public const string Section = "Database:Sqlite";

    private static readonly string[] JournalModes = ["WAL", "DELETE", "TRUNCATE", "PERSIST", "MEMORY", "OFF"];
    private static readonly string[] SynchronousModes = ["OFF", "NORMAL", "FULL", "EXTRA"];

    /// <summary>WAL lets readers go on while one writer commits.</summary>
    public string JournalMode { get; set; } = "WAL";
    /// <summary>
    /// FULL syncs the WAL at every commit, so a committed approval (and the certificate number it showed) survives a power
    /// loss; NORMAL can lose the last commits then. docs/PERFORMANCE.md has what FULL costs.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";
    /// <summary>How long a writer waits for the write lock before giving up.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>Whether <see cref="WalCheckpointer"/> copies the write-ahead log into the database file (WAL only).</summary>
    public bool CheckpointsInBackground { get; set; } = true;
    /// <summary>How often the background checkpoint runs: often, so each has little to copy and completes before the next commit.</summary>
    public int CheckpointIntervalMilliseconds { get; set; } = 100;
    /// <summary>
    /// The log size (pages) at which a committing request checkpoints anyway: only reached when the background checkpoint
    /// cannot keep up or is not running (a tool using the infrastructure without the host).
    /// </summary>
    public const int BackstopAutoCheckpointPages = 10_000;

    /// <summary>The PRAGMA statements, from a fixed vocabulary only (configuration never reaches SQL unchecked).</summary>
    public string ToPragmas()
    {
        var journal = Pick(JournalMode, JournalModes, nameof(JournalMode));
        var synchronous = Pick(Synchronous, SynchronousModes, nameof(Synchronous));
        if (BusyTimeoutMilliseconds < 0)
        {
            throw new InvalidOperationException($"{Section}:{nameof(BusyTimeoutMilliseconds)} must not be negative.");
        }
        if (CheckpointIntervalMilliseconds <= 0)
        {
            throw new InvalidOperationException($"{Section}:{nameof(CheckpointIntervalMilliseconds)} must be positive.");
        }
        var autoCheckpoint = CheckpointsInBackground ? BackstopAutoCheckpointPages : 1000; // 1000 is SQLite's own default
        return $"PRAGMA journal_mode={journal}; PRAGMA synchronous={synchronous}; PRAGMA wal_autocheckpoint={autoCheckpoint}; " +
               $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; " +
               // Temporary tables and indices in memory: otherwise statements that need one create, write and delete a file each time.
               "PRAGMA temp_store=MEMORY;";
    }

    private static string Pick(string value, string[] allowed, string name) =>
        allowed.FirstOrDefault(a => a.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException(
            $"{Section}:{name} is '{value}'; expected one of {string.Join(", ", allowed)}.");
}
