using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Takes numbers from counter rows without going through the change tracker, so a caller's pending changes are
/// not flushed early. Table and column names come from the model and are quoted by the provider: plain SQL that
/// runs on SQLite and PostgreSQL alike.
/// </summary>
internal static class CounterRows
{
    /// <summary>The allocation statement per counter type, value column and key columns: built from the model once.</summary>
    private static readonly ConcurrentDictionary<(Type Counter, string Value, string Keys), string> NextStatements = new();

    /// <summary>
    /// Takes the next number of the counter row with <paramref name="key"/> in one statement, creating the row for a new
    /// key: <c>INSERT … VALUES (key, 2) ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value</c>, which
    /// SQLite and PostgreSQL both run. The row holds the next number to hand out, so the number taken is one less. The row stays locked (SQLite's write lock, PostgreSQL's row lock) until the caller's transaction ends,
    /// so concurrent callers queue and a rolled-back caller gives its number back: numbers are gap-free. Two first
    /// callers of a new key do not collide either: the second waits on the key and then increments.
    /// </summary>
    public static async Task<long> NextAsync<TCounter>(DbContext db, IReadOnlyDictionary<string, object> key, string valueProperty,
        CancellationToken cancellationToken)
    {
        var (table, sql, columns, parameters) = Columns<TCounter>(db, key);
        var statement = NextStatements.GetOrAdd((typeof(TCounter), valueProperty, string.Join(",", columns)), _ =>
        {
            var value = sql.DelimitIdentifier(Property<TCounter>(db, valueProperty).GetColumnName(table)!);
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var keyParameters = string.Join(", ", columns.Select((_, i) => DirectCommands.Parameter(i)));
            return $"INSERT INTO {name} ({string.Join(", ", columns)}, {value}) VALUES ({keyParameters}, 2) " +
                   $"ON CONFLICT ({string.Join(", ", columns)}) DO UPDATE SET {value} = {name}.{value} + 1 RETURNING {value}";
        });
        var next = await DirectCommands.ScalarAsync(db, statement, parameters, cancellationToken);
        return Convert.ToInt64(next, CultureInfo.InvariantCulture) - 1;
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
