using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>
/// The SQLite file belongs to one process: the group-commit writer is the only writer of this
/// process, and a second process on the same file would make writers wait on each other's locks without end. At
/// start-up this takes an exclusive lock on <c>&lt;file&gt;.lock</c> beside the database and holds it until the host
/// stops (it is the first hosted service registered, so the last stopped); a second process is refused with the path
/// and the reason.
/// </summary>
public sealed class SqliteSingleProcessLock(string connectionString) : IStartupLock, IHostedService, IDisposable
{
    private readonly object _gate = new();
    private FileStream? _held;

    public Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(database) || database == ":memory:")
            return new NoStartupLock().AcquireAsync(cancellationToken);
        lock (_gate)
        {
            if (_held is null)
            {
                var path = database + ".lock";
                try
                {
                    // FileShare.None takes an exclusive lock on the file (flock on Linux) that another process cannot get.
                    _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException e)
                {
                    throw new InvalidOperationException(
                        $"The SQLite database {database} is already used by another process (it holds {path}). One SQLite file serves " +
                        "one node; stop the other process, or use Database:Provider=PostgreSql for several nodes.", e);
                }
            }
        }
        return new NoStartupLock().AcquireAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
