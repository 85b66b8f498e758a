using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>The first place where the audit chain does not hold.</summary>
public sealed record AuditChainBreak(long Sequence, LocalizedText Reason);

/// <summary>
/// Appends hash-chained audit records and verifies the chain. Every append moves the chain head row inside the caller's
/// transaction — which takes its lock, so appends are serialised across connections and nodes — and commits or rolls back
/// with it. Usually that is one conditional UPDATE (see <see cref="AuditChainHeadCache"/>).
/// </summary>
public sealed class AuditTrail(RegistrationDbContext db, AuditChainHeadCache headCache, TimeProvider time, IRowLocks locks)
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Links the record to the chain and adds it to the context, inside a write unit (<c>ITransactionRunner</c>): the
    /// unit's SaveChanges stores it and its commit makes it part of the chain, together with the change it records.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An audit record is appended inside a write unit (ITransactionRunner.RunAsync).");
        // The unit's own changes first, the chain head last: every unit takes its row locks in the same order.
        if (locks.Ordered) await db.SaveChangesAsync(cancellationToken); // nothing to send costs no round trip

        var record = new AuditRecord
        {
            // Whole microseconds: the finest instant every supported database stores exactly.
            Instant = TruncateToMicroseconds(time.GetUtcNow()),
            Actor = entry.Actor,
            Role = entry.Role,
            Action = entry.Action,
            ApplicationId = entry.ApplicationId,
            FromStep = entry.FromStep,
            ToStep = entry.ToStep,
            Detail = entry.Detail is null ? null : JsonSerializer.Serialize(entry.Detail, DetailJson),
            PreviousHash = "",
            Hash = "",
        };
        if (!await TryAppendAfterAsync(record, cancellationToken))
        {
            await AppendAfterLockedHeadAsync(record, cancellationToken);
        }
        headCache.Set(record.Sequence, record.Hash);
        db.AuditRecords.Add(record);
        return record;
    }

    /// <summary>One statement: links the record to the head this process last wrote, if that is still the head.</summary>
    private async Task<bool> TryAppendAfterAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (!headCache.TryGet(out var lastSequence, out var lastHash)) return false;
        Link(record, lastSequence, lastHash);
        var moved = await DirectCommands.ExecuteAsync(db, MoveHeadStatement(),
            [record.Sequence, record.Hash, AuditChainHead.SingletonId, lastSequence, lastHash], cancellationToken);
        return moved == 1;
    }

    private static string? _moveHeadStatement;

    /// <summary><c>UPDATE head SET sequence, hash WHERE id AND sequence AND hash</c>, named as the model maps them.</summary>
    private string MoveHeadStatement() => _moveHeadStatement ??= BuildMoveHeadStatement();

    private string BuildMoveHeadStatement()
    {
        var entity = db.Model.FindEntityType(typeof(AuditChainHead))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var (sequence, hash, id) = (Column(nameof(AuditChainHead.LastSequence)), Column(nameof(AuditChainHead.LastHash)), Column(nameof(AuditChainHead.Id)));
        var p = Enumerable.Range(0, 5).Select(DirectCommands.Parameter).ToArray();
        return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {sequence} = {p[0]}, {hash} = {p[1]} " +
               $"WHERE {id} = {p[2]} AND {sequence} = {p[3]} AND {hash} = {p[4]}";
    }

    /// <summary>Takes the head's lock first (the database's write lock on SQLite, the row lock on PostgreSQL), then reads it.</summary>
    private async Task AppendAfterLockedHeadAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var locked = await Head().ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence + 1), cancellationToken);
        if (locked != 1)
        {
            throw new InvalidOperationException("The audit chain head row is missing; the database migrations have not been applied.");
        }
        var last = await Head().AsNoTracking().Select(h => new { h.LastSequence, h.LastHash }).SingleAsync(cancellationToken);
        Link(record, last.LastSequence - 1, last.LastHash);
        await Head().ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, record.Hash), cancellationToken);
    }

    private static void Link(AuditRecord record, long previousSequence, string previousHash)
    {
        record.Sequence = previousSequence + 1;
        record.PreviousHash = previousHash;
        record.Hash = AuditHasher.Hash(record);
    }

    private IQueryable<AuditChainHead> Head() => db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId);

    /// <summary>How many records the chain holds now (its head's sequence).</summary>
    public Task<long> RecordCountAsync(CancellationToken cancellationToken = default) =>
        Head().AsNoTracking().Select(h => h.LastSequence).SingleAsync(cancellationToken);

    /// <summary>Recomputes the chain from the first record; returns the first broken link, or null when it holds.</summary>
    public async Task<AuditChainBreak?> VerifyAsync(CancellationToken cancellationToken = default)
    {
        // Read the head first: records up to it are committed, later appends are not judged half-way.
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var expectedSequence = 1L;
        var expectedPrevious = AuditHasher.GenesisHash;

        var records = db.AuditRecords.AsNoTracking()
            .Where(r => r.Sequence <= head.LastSequence)
            .OrderBy(r => r.Sequence)
            .AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            if (record.Sequence != expectedSequence)
            {
                return new AuditChainBreak(expectedSequence, LocalizedText.Of(
                    $"审计记录 {expectedSequence} 缺失。", $"Audit record {expectedSequence} is missing."));
            }
            if (record.PreviousHash != expectedPrevious)
            {
                return new AuditChainBreak(record.Sequence, LocalizedText.Of(
                    $"审计记录 {record.Sequence} 的前序哈希与上一条记录不符。",
                    $"Audit record {record.Sequence} does not link to the record before it."));
            }
            if (AuditHasher.Hash(record) != record.Hash)
            {
                return new AuditChainBreak(record.Sequence, LocalizedText.Of(
                    $"审计记录 {record.Sequence} 的内容已被改动。", $"Audit record {record.Sequence} has been altered."));
            }
            expectedPrevious = record.Hash;
            expectedSequence++;
        }

        if (expectedSequence - 1 != head.LastSequence || expectedPrevious != head.LastHash)
        {
            return new AuditChainBreak(expectedSequence, LocalizedText.Of(
                $"审计链末尾自第 {expectedSequence} 条起的记录缺失或被改动。",
                $"The end of the audit chain from record {expectedSequence} is missing or altered."));
        }
        return null;
    }

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
    }
}
