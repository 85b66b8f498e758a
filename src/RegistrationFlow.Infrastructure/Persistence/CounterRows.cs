using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Inserts a counter row without going through the change tracker, so a caller's pending changes are not
/// flushed early. Table and column names come from the model and are quoted by the provider: plain SQL that
/// runs on SQLite and PostgreSQL alike.
/// </summary>
internal static class CounterRows
{
    public static Task InsertAsync<TCounter>(DbContext db, IReadOnlyDictionary<string, object> values, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TCounter))
            ?? throw new InvalidOperationException($"{typeof(TCounter).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();

        var columns = new List<string>();
        var parameters = new List<object>();
        foreach (var (propertyName, value) in values)
        {
            var property = entity.FindProperty(propertyName)
                ?? throw new InvalidOperationException($"{typeof(TCounter).Name} has no property {propertyName}.");
            columns.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            var converter = property.GetTypeMapping().Converter;
            parameters.Add(converter is null ? value : converter.ConvertToProvider(value)!);
        }
        var placeholders = string.Join(", ", Enumerable.Range(0, columns.Count).Select(i => $"{{{i}}}"));
        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({placeholders})";
        return db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
    }

    public static void RequireTransaction(DbContext db, string what)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                $"{what} must run inside the caller's transaction, so the number is used exactly when the transaction commits.");
        }
    }
}
