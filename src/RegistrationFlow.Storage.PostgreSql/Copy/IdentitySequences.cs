using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>
/// Rows copied with their keys leave the sequences behind identity and serial columns where they started, so the next
/// row a node inserts (a data-protection key, an imported calendar year) would collide with a copied one. Each is moved
/// past the largest key copied.
/// </summary>
internal static class IdentitySequences
{
    public static async Task<int> MovePastCopiedKeysAsync(DbContext target, IEnumerable<IEntityType> tables, CancellationToken cancellationToken)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        var moved = 0;
        // The value generation strategy of a column is kept only in the design-time model, the one migrations are made from.
        var designModel = target.GetService<IDesignTimeModel>().Model;
        foreach (var table in tables.Select(t => designModel.FindEntityType(t.Name)!))
        {
            var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
            foreach (var property in table.GetProperties())
            {
                if (NpgsqlPropertyExtensions.GetValueGenerationStrategy(property, store) is not (NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                    or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn))
                    continue;
                var tableName = sql.DelimitIdentifier(store.Name, store.Schema);
                var column = property.GetColumnName(store)!;
                // setval(…, max + 1, false): the next value handed out is max + 1 (1 for an empty table). Names come from the model.
                var statement = "SELECT setval(pg_get_serial_sequence({0}, {1}), COALESCE(MAX(" + sql.DelimitIdentifier(column) + "), 0) + 1, false) FROM " + tableName;
                await target.Database.ExecuteSqlRawAsync(statement, [tableName, column], cancellationToken);
                moved++;
            }
        }
        return moved;
    }
}
