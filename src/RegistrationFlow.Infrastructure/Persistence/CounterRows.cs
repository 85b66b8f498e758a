using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Increments and inserts counter rows without going through the change tracker, so a caller's pending changes are
/// not flushed early. Table and column names come from the model and are quoted by the provider: plain SQL that
/// runs on SQLite and PostgreSQL alike.
/// </summary>
internal static class CounterRows
{
    /// <summary>The increment statement per counter type, value column and key columns: built from the model once.</summary>
    private static readonly ConcurrentDictionary<(Type Counter, string Value, string Keys), string> IncrementStatements = new();

    /// <summary>
    /// Adds one to the counter row's <paramref name="valueProperty"/> and returns the new value in the same statement
    /// (<c>UPDATE … RETURNING</c>, on SQLite and PostgreSQL alike); null when there is no such row yet.
    /// </summary>
    public static async Task<long?> IncrementAsync<TCounter>(DbContext db, IReadOnlyDictionary<string, object> key, string valueProperty,
        CancellationToken cancellationToken)
    {
        var (table, sql, columns, parameters) = Columns<TCounter>(db, key);
        var statement = IncrementStatements.GetOrAdd((typeof(TCounter), valueProperty, string.Join(",", columns)), _ =>
        {
            var value = sql.DelimitIdentifier(Property<TCounter>(db, valueProperty).GetColumnName(table)!);
            var where = string.Join(" AND ", columns.Select((column, i) => $"{column} = {DirectCommands.Parameter(i)}"));
            return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {value} = {value} + 1 WHERE {where} RETURNING {value}";
        });
        var next = await DirectCommands.ScalarAsync(db, statement, parameters, cancellationToken);
        return next is null ? null : Convert.ToInt64(next, CultureInfo.InvariantCulture);
    }

    public static Task InsertAsync<TCounter>(DbContext db, IReadOnlyDictionary<string, object> values, CancellationToken cancellationToken)
    {
        var (table, sql, columns, parameters) = Columns<TCounter>(db, values);
        var placeholders = string.Join(", ", Enumerable.Range(0, columns.Count).Select(i => $"{{{i}}}"));
        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({placeholders})";
        return db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
    }

    private static (StoreObjectIdentifier Table, ISqlGenerationHelper Sql, List<string> Columns, List<object> Parameters) Columns<TCounter>(
        DbContext db, IReadOnlyDictionary<string, object> values)
    {
        var entity = Entity<TCounter>(db);
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();

        var columns = new List<string>();
        var parameters = new List<object>();
        foreach (var (propertyName, value) in values)
        {
            var property = Property<TCounter>(db, propertyName);
            columns.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            var converter = property.GetTypeMapping().Converter;
            parameters.Add(converter is null ? value : converter.ConvertToProvider(value)!);
        }
        return (table, sql, columns, parameters);
    }

    private static IEntityType Entity<TCounter>(DbContext db) => db.Model.FindEntityType(typeof(TCounter))
        ?? throw new InvalidOperationException($"{typeof(TCounter).Name} is not part of the model.");

    private static IProperty Property<TCounter>(DbContext db, string propertyName) => Entity<TCounter>(db).FindProperty(propertyName)
        ?? throw new InvalidOperationException($"{typeof(TCounter).Name} has no property {propertyName}.");

    public static void RequireTransaction(DbContext db, string what)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                $"{what} must run inside the caller's transaction, so the number is used exactly when the transaction commits.");
        }
    }
}
