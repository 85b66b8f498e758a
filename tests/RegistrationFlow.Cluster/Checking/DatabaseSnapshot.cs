using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RegistrationFlow.Cluster.Checking;

public sealed record ApplicationRow(Guid Id, string ReceiptNumber, string? CertificateNumber, long RowVersion, string Status, string? Address);

public sealed record AuditRow(long Sequence, string Action, string Actor, Guid? ApplicationId, string? Detail, DateTimeOffset Instant);

public sealed record CertificateRow(Guid Id, string Number, string Kind, int Year, long Sequence, Guid ApplicationId);

/// <summary>A counter row: <c>Series</c> is the receipt day (yyyyMMdd) or the certificate year and kind (2026/PropertyRight).</summary>
public sealed record CounterRow(string Series, long NextValue);

public sealed record DeadlineRow(Guid Id, Guid ApplicationId, string Kind, string State, DateTimeOffset? FiredAt);

public sealed record TaskRow(Guid Id, Guid ApplicationId, string Step, string? ClaimedBy, string State);

/// <summary>
/// What the checker reads from the database, in one read-only transaction (one consistent snapshot while the nodes go
/// on firing deadlines). Only the columns the checks need are read, by name, with plain SQL; the two storages differ in
/// how a JSON property, a day and an instant are stored (<see cref="Dialect"/>).
/// </summary>
public sealed record DatabaseSnapshot(
    IReadOnlyList<ApplicationRow> Applications,
    IReadOnlyList<AuditRow> Audit,
    IReadOnlyList<CertificateRow> Certificates,
    IReadOnlyList<CounterRow> ReceiptCounters,
    IReadOnlyList<CounterRow> CertificateCounters,
    IReadOnlyList<DeadlineRow> Deadlines,
    IReadOnlyList<TaskRow> Tasks)
{
    private sealed record Dialect(string Address, string Day, Func<DbDataReader, int, DateTimeOffset> Instant);

    private static readonly Dialect PostgreSql = new(
        """ "Property"->>'Address' """, """to_char("Day", 'YYYYMMDD')""", (r, i) => r.GetFieldValue<DateTimeOffset>(i));

    // SQLite keeps instants as UTC ticks and days as yyyy-MM-dd text (UtcTicksConverter, EF's DateOnly mapping).
    private static readonly Dialect Sqlite = new(
        """json_extract("Property", '$.Address')""", """replace("Day", '-', '')""", (r, i) => new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero));

    /// <summary>Reads a PostgreSQL database in a read-only repeatable-read transaction.</summary>
    public static async Task<DatabaseSnapshot> ReadAsync(string connectionString, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(cancellation);
        return await ReadAsync(connection, transaction, PostgreSql, cancellation);
    }

    /// <summary>Reads a SQLite file through a read-only connection; in WAL mode the transaction sees one snapshot.</summary>
    public static async Task<DatabaseSnapshot> ReadSqliteAsync(string databaseFile, CancellationToken cancellation = default)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        return await ReadAsync(connection, transaction, Sqlite, cancellation);
    }

    private static async Task<DatabaseSnapshot> ReadAsync(DbConnection connection, DbTransaction transaction, Dialect dialect, CancellationToken cancellation)
    {
        var applications = await ReadAsync(connection, transaction,
            $"""SELECT "Id", "ReceiptNumber", "CertificateNumber", "RowVersion", "Status", {dialect.Address} FROM "Applications" """,
            r => new ApplicationRow(r.GetGuid(0), r.GetString(1), Text(r, 2), r.GetInt64(3), r.GetString(4), Text(r, 5)), cancellation);
        var audit = await ReadAsync(connection, transaction,
            """SELECT "Sequence", "Action", "Actor", "ApplicationId", "Detail", "Instant" FROM "AuditRecords" ORDER BY "Sequence" """,
            r => new AuditRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetGuid(3), Text(r, 4),
                dialect.Instant(r, 5)), cancellation);
        var certificates = await ReadAsync(connection, transaction,
            """SELECT "Id", "Number", "Kind", "Year", "Sequence", "ApplicationId" FROM "Certificates" """,
            r => new CertificateRow(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt64(4), r.GetGuid(5)), cancellation);
        var receiptCounters = await ReadAsync(connection, transaction,
            $"""SELECT {dialect.Day}, "NextValue" FROM "ReceiptCounters" """,
            r => new CounterRow(r.GetString(0), r.GetInt64(1)), cancellation);
        var certificateCounters = await ReadAsync(connection, transaction,
            """SELECT "Year", "Kind", "NextValue" FROM "CertificateCounters" """,
            r => new CounterRow(CertificateSeries(r.GetInt32(0), r.GetString(1)), r.GetInt64(2)), cancellation);
        var deadlines = await ReadAsync(connection, transaction,
            """SELECT "Id", "ApplicationId", "Kind", "State", "FiredAt" FROM "Deadlines" """,
            r => new DeadlineRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : dialect.Instant(r, 4)),
            cancellation);
        var tasks = await ReadAsync(connection, transaction,
            """SELECT "Id", "ApplicationId", "Step", "ClaimedBy", "State" FROM "WorkTasks" """,
            r => new TaskRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), Text(r, 3), r.GetString(4)), cancellation);
        await transaction.RollbackAsync(cancellation);
        return new DatabaseSnapshot(applications, audit, certificates, receiptCounters, certificateCounters, deadlines, tasks);
    }

    public static string CertificateSeries(int year, string kind) => $"{year}/{kind}";

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, DbTransaction transaction, string sql,
        Func<DbDataReader, T> map, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellation)) rows.Add(map(reader));
        return rows;
    }
}

/// <summary>What the checker learns through the API after the load: each acknowledged application's history, and the audit chain's verification.</summary>
public sealed record ApiObservations(
    IReadOnlyDictionary<Guid, IReadOnlyList<HistoryEntry>> Histories,
    int HistoriesNotRead,
    bool? AuditIntact,
    long AuditRecordsVerified,
    string? AuditBreak);

public sealed record HistoryEntry(string Action, string Who);
