using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using RegistrationFlow.Storage.Sqlite;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly string _folder = ServiceHost.NewFolder();

    [Fact]
    public async Task A_checkpoint_copies_every_committed_frame_of_the_log_into_the_database_file()
    {
        Directory.CreateDirectory(_folder);
        var connectionString = $"Data Source={Path.Combine(_folder, "wal.db")};Pooling=False";
        var settings = new SqliteSettings();
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, settings.ToPragmas() + " CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);");
        for (var i = 0; i < 200; i++)
        {
            await ExecuteAsync(writer, $"INSERT INTO Rows (Text) VALUES ('{new string('x', 2000)}');");
        }

        var checkpointer = new WalCheckpointer(connectionString, settings, TimeProvider.System, NullLogger<WalCheckpointer>.Instance);
        var first = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.False(first.Busy);
        Assert.True(first.LogFrames >= 200, $"{first.LogFrames} frames in the log"); // the backstop threshold let it grow
        Assert.Equal(first.LogFrames, first.CheckpointedFrames);

        await ExecuteAsync(writer, "INSERT INTO Rows (Text) VALUES ('after');"); // the log starts again from its beginning
        var second = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.True(second.LogFrames < first.LogFrames);
        Assert.Equal(second.LogFrames, second.CheckpointedFrames);
    }

    [Fact]
    public void Request_connections_checkpoint_only_as_a_backstop_when_the_background_checkpoint_runs()
    {
        Assert.Contains($"PRAGMA wal_autocheckpoint={SqliteSettings.BackstopAutoCheckpointPages};", new SqliteSettings().ToPragmas());
        Assert.Contains("PRAGMA wal_autocheckpoint=1000;", new SqliteSettings { CheckpointsInBackground = false }.ToPragmas());
        var error = Assert.Throws<InvalidOperationException>(() => new SqliteSettings { CheckpointIntervalMilliseconds = 0 }.ToPragmas());
        Assert.Contains("CheckpointIntervalMilliseconds", error.Message);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
