using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>The tables of the EF model, each before the tables whose foreign keys point at it: the order rows can be inserted in.</summary>
internal static class ModelTables
{
    public static IReadOnlyList<IEntityType> InForeignKeyOrder(IModel model)
    {
        // Owned types travel inside their owner's rows (JSON columns); derived types are read through their root.
        var tables = model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null && t.GetTableName() is not null)
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
            .ToList();
        foreach (var table in tables)
        {
            if (table.FindPrimaryKey() is null)
                throw new InvalidOperationException($"The table {table.GetTableName()} has no primary key; the copy cannot tell its rows apart.");
            if (table.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new InvalidOperationException(
                    $"{table.DisplayName()}.{shadow.Name} is not a property of the class, so a row read from SQLite would lose it; the copy cannot carry it.");
        }

        var ordered = new List<IEntityType>();
        var done = new Dictionary<IEntityType, bool>(); // false while its principals are being visited
        foreach (var table in tables) Visit(table);
        return ordered;

        void Visit(IEntityType table)
        {
            if (done.TryGetValue(table, out var finished))
            {
                if (!finished) throw new InvalidOperationException($"The foreign keys around {table.GetTableName()} form a cycle; the copy cannot order the tables.");
                return;
            }
            done[table] = false;
            foreach (var principal in table.GetForeignKeys().Select(k => k.PrincipalEntityType.GetRootType()).Where(p => p != table).Distinct())
                Visit(principal);
            done[table] = true;
            ordered.Add(table);
        }
    }
}
