using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>What one checkpoint did: frames in the write-ahead log, and how many of them are now in the database file.</summary>
public sealed record CheckpointResult(bool Busy, long LogFrames, long CheckpointedFrames);

/// <summary>
/// Copies the write-ahead log into the database file in the background, on its own connection. Left to SQLite, the
/// commit that crosses the log's size threshold does this work itself while holding the single write turn, so every
/// writer queued behind it waits for a checkpoint and its fsync. Request connections keep a much higher threshold only
/// as a backstop (see <see cref="SqliteSettings.BackstopAutoCheckpointPages"/>). A passive checkpoint never waits for
/// readers or the writer. The interval is real time: it is housekeeping, not a product instant.
/// </summary>
public sealed class WalCheckpointer(string connectionString, SqliteSettings settings, TimeProvider realTime, ILogger<WalCheckpointer> logger)
    : BackgroundService
{
    public async Task<CheckpointResult> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"PRAGMA busy_timeout={settings.BusyTimeoutMilliseconds};";
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CheckpointResult(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CheckpointsInBackground)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(settings.CheckpointIntervalMilliseconds), realTime);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The backstop threshold keeps the log bounded; the next tick tries again.
                    logger.LogWarning(e, "Background checkpoint of the write-ahead log failed.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
