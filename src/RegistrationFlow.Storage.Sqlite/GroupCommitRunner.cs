using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using System.Globalization;
using System.Threading.Channels;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>
/// SQLite's writer: one connection that runs every queued unit of work, several to a transaction (group commit).
/// SQLite lets one writer in at a time, so concurrent requests take turns whatever happens; here each turn does less.
/// The units waiting when a transaction begins share it, each inside a savepoint, so a unit that fails is rolled back alone
/// while the others go on; one commit (and under <c>synchronous=FULL</c> one sync of the log) then makes them all durable,
/// and only then is each caller answered. The connection stays open and is the only one writing, so its page cache stays
/// valid from one turn to the next instead of being read again from the file.
/// </summary>
public sealed class GroupCommitRunner : ITransactionRunner, IAsyncDisposable
{
    private const string UnitSavepoint = "unit";

    private readonly Channel<PendingUnit> _queue = Channel.CreateUnbounded<PendingUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommitSettings _settings;
    private readonly ILogger<GroupCommitRunner> _logger;
    private readonly Lock _startLock = new();
    private readonly string _writerCachePragma;
    private Task? _loop;
    private long _unitsRun;
    private long _transactions;

    public GroupCommitRunner(IServiceScopeFactory scopes, GroupCommitSettings settings, ILogger<GroupCommitRunner> logger)
    {
        settings.Validate();
        _writerCachePragma = "PRAGMA cache_size=-" + settings.WriterCacheKilobytes.ToString(CultureInfo.InvariantCulture);
        _scopes = scopes;
        _settings = settings;
        _logger = logger;
    }

    /// <summary>Units in committed transactions so far (for tests and diagnostics).</summary>
    public long UnitsRun => Interlocked.Read(ref _unitsRun);

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    public Task<T> RunAsync<T>(Func<WriteScope, CancellationToken, Task<T>> unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingUnit<T>(unit, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitRunner), "The database writer has stopped.");
        }
        EnsureStarted();
        return pending.Task;
    }

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _loop) is not null) return;
        lock (_startLock)
        {
            if (_loop is not null) return;
            // Not the first caller's ambient state (culture, activity): the writer's own, for good.
            if (ExecutionContext.IsFlowSuppressed())
            {
                _loop = Task.Run(LoopAsync);
                return;
            }
            using (ExecutionContext.SuppressFlow())
            {
                _loop = Task.Run(LoopAsync);
            }
        }
    }

    private async Task LoopAsync()
    {
        try
        {
            await WriteUntilStoppedAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Only the writer's own set-up can get here (a unit's failure is its caller's): refuse new units and fail the
            // queued ones rather than leave their callers waiting for an answer that never comes.
            _logger.LogCritical(error, "The database writer stopped.");
            _queue.Writer.TryComplete(error);
            while (_queue.Reader.TryRead(out var unit)) unit.Fail(error);
        }
    }

    private async Task WriteUntilStoppedAsync()
    {
        await using var serviceScope = _scopes.CreateAsyncScope();
        var scope = serviceScope.ServiceProvider.GetRequiredService<WriteScope>();
        // Each unit has its savepoint; EF Core's own savepoint around every SaveChanges would be a second one.
        scope.Db.Database.AutoSavepointsEnabled = false;
        var group = new List<PendingUnit>(_settings.MaxUnitsPerTransaction);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (group.Count < _settings.MaxUnitsPerTransaction && _queue.Reader.TryRead(out var unit))
            {
                if (unit.CancellationToken.IsCancellationRequested) unit.Cancel();
                else group.Add(unit);
            }
            if (group.Count == 0) continue;
            await RunGroupAsync(scope, group).ConfigureAwait(false);
            group.Clear();
        }
        if (scope.Db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            await scope.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task RunGroupAsync(WriteScope scope, List<PendingUnit> group)
    {
        var database = scope.Db.Database;
        var ran = new List<PendingUnit>(group.Count);
        IDbContextTransaction? transaction = null;
        try
        {
            if (database.GetDbConnection().State != System.Data.ConnectionState.Open)
            {
                await database.OpenConnectionAsync().ConfigureAwait(false); // kept open: the writer's pages stay cached
                // The writer touches every table's newest pages and every index of them; a roomier cache than the
                // connections' default keeps them all in memory (readers keep the default: their cache is dropped
                // whenever the writer commits anyway).
                await database.ExecuteSqlRawAsync(_writerCachePragma).ConfigureAwait(false);
            }
            transaction = await database.BeginTransactionAsync().ConfigureAwait(false);
            foreach (var unit in group)
            {
                await RunUnitAsync(scope, transaction, unit, ran).ConfigureAwait(false);
            }
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Beginning, a rollback to a savepoint or the commit failed: nothing of this transaction is kept.
            _logger.LogError(error, "A write transaction of {Units} units failed; none of them is kept.", group.Count);
            WriterMetrics.TransactionsFailed.Add(1);
            foreach (var unit in group) unit.Fail(error); // units already failed alone keep their own error
            scope.Db.ChangeTracker.Clear();
            await DisposeQuietlyAsync(transaction).ConfigureAwait(false);
            return;
        }
        await transaction.DisposeAsync().ConfigureAwait(false);
        Interlocked.Add(ref _unitsRun, group.Count);
        Interlocked.Increment(ref _transactions);
        WriterMetrics.UnitsCommitted.Add(ran.Count);
        WriterMetrics.UnitsPerTransaction.Record(group.Count);
        foreach (var unit in ran) unit.Commit();
    }

    private static async Task RunUnitAsync(WriteScope scope, IDbContextTransaction transaction, PendingUnit unit, List<PendingUnit> ran)
    {
        if (unit.CancellationToken.IsCancellationRequested)
        {
            unit.Cancel();
            return;
        }
        await transaction.CreateSavepointAsync(UnitSavepoint).ConfigureAwait(false);
        try
        {
            await unit.RunAsync(scope).ConfigureAwait(false);
            ran.Add(unit);
        }
        catch (Exception error)
        {
            // Throws on if the transaction itself is gone (e.g. SQLite rolled it back after an I/O error).
            await transaction.RollbackToSavepointAsync(UnitSavepoint).ConfigureAwait(false);
            unit.Fail(error);
        }
        finally
        {
            scope.Db.ChangeTracker.Clear(); // the next unit starts from what is in the database
        }
        await transaction.ReleaseSavepointAsync(UnitSavepoint).ConfigureAwait(false);
    }

    private static async Task DisposeQuietlyAsync(IDbContextTransaction? transaction)
    {
        if (transaction is null) return;
        try
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The connection is broken; the next group opens its transaction afresh.
        }
    }

    /// <summary>Stops taking units, runs those already queued, and closes the writer's connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        Task? loop;
        lock (_startLock) loop = _loop;
        if (loop is not null) await loop.ConfigureAwait(false);
    }
}
