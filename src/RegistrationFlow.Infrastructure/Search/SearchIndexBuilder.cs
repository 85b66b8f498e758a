using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Search;

/// <summary>
/// Makes the code-written search terms (<see cref="SearchTermRows"/>) of every stored application agree with the key
/// and the way terms are made now. Runs at start-up under the start-up lock, before the service listens: when the
/// stamp (<see cref="SearchIndexStamp"/>) names another fingerprint — the first start after the migration that
/// introduced these terms, a new key, a new way of making terms — it rebuilds them in batches by receipt number, each
/// batch a write unit, and then stamps the index. A start interrupted half-way rebuilds again from the beginning.
/// </summary>
public sealed class SearchIndexBuilder(RegistrationDbContext db, ITransactionRunner transactions, SearchIndexKey key, TimeProvider time)
{
    public const int BatchSize = 500;

    /// <summary>How many applications were indexed again, or null when the index was already current.</summary>
    public async Task<int?> EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await db.SearchIndexStamps.AsNoTracking().Select(s => s.Fingerprint).SingleOrDefaultAsync(cancellationToken);
        if (stamp == key.Fingerprint) return null;

        var indexed = 0;
        var after = "";
        while (true)
        {
            var from = after;
            var (count, last) = await transactions.RunAsync((write, ct) => IndexBatchAfterAsync(write, from, ct), cancellationToken);
            if (count == 0) break;
            indexed += count;
            after = last;
        }
        await transactions.RunAsync(async (write, ct) =>
        {
            var row = await write.Db.SearchIndexStamps.SingleOrDefaultAsync(s => s.Id == SearchIndexStamp.SingletonId, ct);
            if (row is null)
                write.Db.SearchIndexStamps.Add(row = new SearchIndexStamp { Id = SearchIndexStamp.SingletonId, Fingerprint = key.Fingerprint });
            row.Fingerprint = key.Fingerprint;
            row.BuiltAt = time.GetUtcNow();
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        return indexed;
    }

    private async Task<(int Count, string Last)> IndexBatchAfterAsync(WriteScope write, string after, CancellationToken cancellationToken)
    {
        var batch = await write.Db.Applications.AsNoTracking()
            .Where(a => string.Compare(a.ReceiptNumber, after) > 0)
            .OrderBy(a => a.ReceiptNumber).Take(BatchSize)
            .Select(a => new { a.Id, a.ReceiptNumber, a.Property, a.Parties })
            .ToListAsync(cancellationToken);
        if (batch.Count == 0) return (0, after);
        var ids = batch.Select(a => a.Id).ToList();
        await write.Db.ApplicationSearchTerms
            .Where(t => ids.Contains(t.ApplicationId) && SearchTermRows.Kinds.Contains(t.Kind))
            .ExecuteDeleteAsync(cancellationToken);
        write.Db.ApplicationSearchTerms.AddRange(batch.SelectMany(a => SearchTermRows.For(a.Id, a.Property, a.Parties, key)));
        await write.Db.SaveChangesAsync(cancellationToken);
        return (batch.Count, batch[^1].ReceiptNumber);
    }
}
