using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>
/// Whether the target holds anything besides what the migrations put there. The migrations insert exactly the model's
/// seed rows (<c>HasData</c>, e.g. the audit chain head at the genesis hash), so a table may hold its seed rows as seeded
/// and nothing else; a seed row that has changed (the chain head moved by an append) counts as data.
/// </summary>
internal static class TargetContents
{
    /// <summary>Null when the target is empty in that sense; else what was found, naming the table.</summary>
    public static async Task<string?> FindDataAsync(DbContext target, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
    {
        // Seed rows are kept only in the design-time model, the one migrations are made from.
        var designModel = target.GetService<IDesignTimeModel>().Model;
        foreach (var table in tables)
        {
            var count = await TableRows.CountAsync(target, table, cancellationToken);
            if (count == 0) continue;
            var seeds = designModel.FindEntityType(table.Name)!.GetSeedData().ToList();
            if (count > seeds.Count)
                return seeds.Count == 0
                    ? $"the table \"{table.GetTableName()}\" holds {count} row(s)"
                    : $"the table \"{table.GetTableName()}\" holds {count} row(s) where the migrations put {seeds.Count}";
            foreach (var row in await TableRows.ReadAllAsync(target, table, cancellationToken))
            {
                if (!seeds.Any(seed => IsSeed(table, row, seed)))
                    return $"the row ({TableRows.Describe(TableRows.KeyOf(table, row))}) of the table \"{table.GetTableName()}\" has changed since the migrations put it there";
            }
        }
        return null;
    }

    private static bool IsSeed(IEntityType table, object row, IDictionary<string, object?> seed) =>
        seed.All(value => table.FindProperty(value.Key) is { } property
                          && Equals(property.GetGetter().GetClrValueUsingContainingEntity(row), value.Value));
}
