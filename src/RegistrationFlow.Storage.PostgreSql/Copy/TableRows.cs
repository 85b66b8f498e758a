using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>Reads and counts the rows of one table of the model whatever its class (the model is walked at run time).</summary>
internal static class TableRows
{
    public static Task<long> CountAsync(DbContext db, IEntityType table, CancellationToken cancellationToken) =>
        Generic<Task<long>>(nameof(Count), table, db, cancellationToken);

    /// <summary>Every row, untracked, one at a time.</summary>
    public static IAsyncEnumerable<object> Read(DbContext db, IEntityType table) => Generic<IAsyncEnumerable<object>>(nameof(ReadRows), table, db);

    public static async Task<List<object>> ReadAllAsync(DbContext db, IEntityType table, CancellationToken cancellationToken)
    {
        var rows = new List<object>();
        await foreach (var row in Read(db, table).WithCancellation(cancellationToken)) rows.Add(row);
        return rows;
    }

    public static object?[] KeyOf(IEntityType table, object row) =>
        table.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValueUsingContainingEntity(row)).ToArray();

    public static string Describe(object?[] key) => string.Join(", ", key.Select(v => v?.ToString() ?? "null"));

    private static Task<long> Count<T>(DbContext db, CancellationToken cancellationToken) where T : class => db.Set<T>().LongCountAsync(cancellationToken);

    private static IAsyncEnumerable<object> ReadRows<T>(DbContext db) where T : class => db.Set<T>().AsNoTracking().AsAsyncEnumerable();

    private static TResult Generic<TResult>(string method, IEntityType table, params object[] arguments) =>
        (TResult)typeof(TableRows).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(table.ClrType).Invoke(null, arguments)!;
}

/// <summary>Primary-key values compared value by value.</summary>
internal sealed class KeyComparer : IEqualityComparer<object?[]>
{
    public static readonly KeyComparer Instance = new();

    public bool Equals(object?[]? x, object?[]? y) => StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

    public int GetHashCode(object?[] key) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(key);
}
