using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Workflows;

public enum StoreOutcome
{
    /// <summary>A new (id, version) row was written (not yet published).</summary>
    Added,
    /// <summary>The same (id, version, content hash) is already stored: nothing changed.</summary>
    Unchanged,
    /// <summary>The (id, version) is stored with other content: refused.</summary>
    VersionConflict,
    /// <summary>The text does not read or validate: refused.</summary>
    Invalid,
}

public sealed record StoreResult(StoreOutcome Outcome, WorkflowDefinition? Definition, string ContentHash, DefinitionLoadProblem? Problem);

/// <summary>
/// Stores definition versions keyed by (id, version, content hash) and publishes them. A stored version never
/// changes. Every change and its audit record is one write unit; the <see cref="WorkflowCatalog"/> is rebuilt after a publish.
/// </summary>
public sealed class DefinitionStore(RegistrationDbContext db, ITransactionRunner transactions, WorkflowCatalog catalog, TimeProvider time)
{
    public const string DefinitionStored = "definition-stored";
    public const string DefinitionPublished = "definition-published";

    /// <summary>Validates <paramref name="text"/> and stores it as a new unpublished version.</summary>
    public async Task<StoreResult> AddAsync(string text, string sourceName, string actor, DefinitionValidationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var hash = DefinitionHash.Of(text);
        var read = DefinitionReader.ReadAndValidate(text, sourceName, options);
        if (!read.IsValid)
            return new StoreResult(StoreOutcome.Invalid, read.Definition, hash, DefinitionLoadProblem.Broken(sourceName, read.Problems));

        var definition = read.Definition!;
        var stored = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.WorkflowId == definition.Id && d.Version == definition.Version)
            .Select(d => d.ContentHash)
            .SingleOrDefaultAsync(cancellationToken);
        if (stored == hash)
            return new StoreResult(StoreOutcome.Unchanged, definition, hash, null);
        if (stored is not null)
        {
            var at = definition.Sources.Locate("version");
            return new StoreResult(StoreOutcome.VersionConflict, definition, hash,
                DefinitionLoadProblem.Conflict(sourceName, definition.Id, definition.Version, stored, hash, at));
        }

        await transactions.RunAsync(async (write, ct) =>
        {
            write.Db.DefinitionVersions.Add(new DefinitionVersion
            {
                Id = Guid.NewGuid(),
                WorkflowId = definition.Id,
                Version = definition.Version,
                Content = text,
                ContentHash = hash,
                SourceFile = sourceName,
                CreatedAt = time.GetUtcNow(),
            });
            await write.Audit.AppendAsync(new AuditEntry(actor, null, DefinitionStored,
                Detail: new { workflow = definition.Id, version = definition.Version, hash, source = sourceName }), ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        return new StoreResult(StoreOutcome.Added, definition, hash, null);
    }

    /// <summary>
    /// Makes (id, version) the published version of its workflow: the flip (old one off, this one on) and the audit
    /// record commit in one transaction; then the catalog is rebuilt. False when no such version is stored.
    /// </summary>
    public async Task<bool> PublishAsync(string workflowId, int version, string actor, CancellationToken cancellationToken = default)
    {
        var published = await transactions.RunAsync(async (write, ct) =>
        {
            var now = time.GetUtcNow();
            var target = await write.Db.DefinitionVersions
                .Where(d => d.WorkflowId == workflowId && d.Version == version)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Published, true)
                    .SetProperty(d => d.PublishedAt, now)
                    .SetProperty(d => d.PublishedBy, actor), ct);
            if (target == 0) return false;
            var previous = await write.Db.DefinitionVersions
                .Where(d => d.WorkflowId == workflowId && d.Published && d.Version != version)
                .Select(d => (int?)d.Version).SingleOrDefaultAsync(ct);
            await write.Db.DefinitionVersions
                .Where(d => d.WorkflowId == workflowId && d.Version != version && d.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Published, false), ct);
            await write.Audit.AppendAsync(new AuditEntry(actor, null, DefinitionPublished,
                Detail: new { workflow = workflowId, version, previousVersion = previous }), ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        if (!published) return false;
        await catalog.ReloadAsync(db, cancellationToken);
        return true;
    }

    /// <summary>The published version number of a workflow, or null.</summary>
    public Task<int?> PublishedVersionAsync(string workflowId, CancellationToken cancellationToken = default) =>
        db.DefinitionVersions.AsNoTracking()
            .Where(d => d.WorkflowId == workflowId && d.Published)
            .Select(d => (int?)d.Version)
            .SingleOrDefaultAsync(cancellationToken);
}
