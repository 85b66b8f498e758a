using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Storage.Sqlite;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>
/// Moves a centre up from its SQLite file to an empty PostgreSQL database: every table of the EF model, rows as they
/// are (keys, row versions, hashes), in one transaction that commits only when the target's counts equal the source's
/// and the audit chain verifies on the target.
/// </summary>
public static class SqliteToPostgreSql
{
    public const int BatchSize = 1000;

    /// <summary>
    /// A SQLite file path or connection string as the user gave it, as a connection string that opens the existing
    /// file only (never creates one) and keeps no pooled handle after the copy.
    /// </summary>
    public static string SourceConnectionString(string fileOrConnectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = fileOrConnectionString.Contains('=')
                ? new SqliteConnectionStringBuilder(fileOrConnectionString)
                : new SqliteConnectionStringBuilder { DataSource = fileOrConnectionString };
        }
        catch (ArgumentException e)
        {
            throw new CopyRefusedException($"--from is not a SQLite file or connection string: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            throw new CopyRefusedException("--from must name a SQLite database file.");
        var path = Path.GetFullPath(builder.DataSource);
        if (!File.Exists(path))
            throw new CopyRefusedException($"The SQLite database {path} does not exist.");
        builder.DataSource = path;
        builder.Mode = SqliteOpenMode.ReadWrite;
        builder.Pooling = false;
        return builder.ToString();
    }

    /// <summary>Checks a PostgreSQL connection string names a database; returns it normalised.</summary>
    public static string TargetConnectionString(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new CopyRefusedException($"--to is not a PostgreSQL connection string: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            throw new CopyRefusedException("--to must name the host and the database: \"Host=…;Port=5432;Database=registration;Username=…;Password=…\".");
        return builder.ConnectionString;
    }

    /// <param name="source">From <see cref="SourceConnectionString"/>.</param>
    /// <param name="target">From <see cref="TargetConnectionString"/>.</param>
    /// <param name="log">Progress, one line a step.</param>
    public static async Task<CopyResult> CopyAsync(string source, string target, TextWriter log, CancellationToken cancellationToken = default)
    {
        var sourceFile = new SqliteConnectionStringBuilder(source).DataSource;
        var targetName = Describe(target);
        // Held for the whole copy: no node starts on the file and changes it under the copy.
        using var fileLock = new SqliteSingleProcessLock(source);
        try
        {
            await fileLock.AcquireAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new CopyRefusedException($"Stop the service on {sourceFile} first: {e.Message}", e);
        }

        await using var from = new RegistrationDbContext(((DbContextOptionsBuilder<RegistrationDbContext>)new DbContextOptionsBuilder<RegistrationDbContext>().UseRegistrationSqlite(source)).Options);
        await CheckSourceAsync(from, sourceFile, cancellationToken);

        // Nodes starting on the target meanwhile wait for the copy, as they wait for each other's migrations.
        IAsyncDisposable startupLock;
        try
        {
            startupLock = await new AdvisoryStartupLock(target).AcquireAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new CopyRefusedException(e.Message, e);
        }
        await using (startupLock)
        {
            var options = new DbContextOptionsBuilder<RegistrationDbContext>();
            options.UseRegistrationNpgsql(target);
            await using var to = new RegistrationDbContext(options.Options);
            var pending = (await to.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await to.Database.MigrateAsync(cancellationToken);
            log.WriteLine(pending.Count > 0
                ? $"Applied the PostgreSQL migrations to {targetName}: {string.Join(", ", pending)}."
                : $"The schema of {targetName} is up to date.");

            var tables = ModelTables.InForeignKeyOrder(to.Model);
            await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
            if (await TargetContents.FindDataAsync(to, tables, cancellationToken) is { } data)
                throw new CopyRefusedException(
                    $"Refused: {targetName} is not empty — {data}. The copy goes only into a database that holds nothing but what the " +
                    "migrations put there; nothing was changed.");

            log.WriteLine($"Copying {sourceFile} into {targetName}, {tables.Count} tables in one transaction …");
            foreach (var table in tables)
            {
                var copied = await CopyTableAsync(from, to, table, cancellationToken);
                log.WriteLine($"  {table.GetTableName()}: {copied}");
            }
            await IdentitySequences.MovePastCopiedKeysAsync(to, tables, cancellationToken);

            // Checked before the commit: a copy that does not match the source leaves the target as it was.
            var counts = new List<TableCount>();
            foreach (var table in tables)
                counts.Add(new TableCount(table.GetTableName()!, await TableRows.CountAsync(from, table, cancellationToken),
                    await TableRows.CountAsync(to, table, cancellationToken)));
            var targetBreak = await new AuditTrail(to, new AuditChainHeadCache(), TimeProvider.System, new SingleWriterRowLocks()).VerifyAsync(cancellationToken);
            var sourceBreak = targetBreak is null ? null : await new AuditTrail(from, new AuditChainHeadCache(), TimeProvider.System, new SingleWriterRowLocks()).VerifyAsync(cancellationToken);
            var records = await to.AuditRecords.LongCountAsync(cancellationToken);
            var matches = counts.All(c => c.Matches) && targetBreak is null;
            if (matches)
                await transaction.CommitAsync(cancellationToken);
            else
                await transaction.RollbackAsync(cancellationToken);
            return new CopyResult(counts, targetBreak, sourceBreak, records, matches);
        }
    }

    private static async Task CheckSourceAsync(RegistrationDbContext from, string sourceFile, CancellationToken cancellationToken)
    {
        List<string> applied;
        try
        {
            applied = (await from.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        }
        catch (SqliteException e)
        {
            throw new CopyRefusedException($"Cannot read the SQLite database {sourceFile}: {e.Message}", e);
        }
        if (applied.Count == 0)
            throw new CopyRefusedException($"{sourceFile} is not a RegistrationFlow database: no migrations were ever applied to it.");
        var known = from.Database.GetMigrations().ToHashSet();
        if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
            throw new CopyRefusedException($"{sourceFile} was written by a newer version of RegistrationFlow (migration {newer}); copy it with that version.");
        if (known.Except(applied).ToList() is { Count: > 0 } pending)
            throw new CopyRefusedException(
                $"{sourceFile} was last used by an earlier version (not yet applied: {string.Join(", ", pending)}). " +
                "Start this version once on it and stop it, then copy.");
    }

    private static async Task<long> CopyTableAsync(DbContext from, DbContext to, IEntityType table, CancellationToken cancellationToken)
    {
        // Rows already there: the migrations' seed rows, and rows the database made from rows copied before (the
        // search terms its triggers keep). They take the source's values instead of being inserted twice.
        var there = await TableRows.CountAsync(to, table, cancellationToken) == 0
            ? null
            : (await TableRows.ReadAllAsync(to, table, cancellationToken)).ToDictionary(r => TableRows.KeyOf(table, r), KeyComparer.Instance);
        long copied = 0;
        var batch = 0;
        await foreach (var row in TableRows.Read(from, table).WithCancellation(cancellationToken))
        {
            if (there is not null && there.Remove(TableRows.KeyOf(table, row), out var existing))
            {
                to.Attach(existing);
                to.Entry(existing).CurrentValues.SetValues(row);
            }
            else
            {
                to.Add(row);
            }
            copied++;
            if (++batch == BatchSize)
            {
                await to.SaveChangesAsync(cancellationToken);
                to.ChangeTracker.Clear();
                batch = 0;
            }
        }
        await to.SaveChangesAsync(cancellationToken);
        to.ChangeTracker.Clear();
        return copied;
    }

    private static string Describe(string target)
    {
        var builder = new NpgsqlConnectionStringBuilder(target);
        return $"the PostgreSQL database {builder.Database} at {builder.Host}:{builder.Port}";
    }
}
