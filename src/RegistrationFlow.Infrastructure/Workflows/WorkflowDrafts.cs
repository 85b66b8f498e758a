using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Workflows;

public enum DraftOutcome
{
    /// <summary>Stored as a new unpublished version.</summary>
    Added,
    /// <summary>The same text is already stored under this version: nothing changed.</summary>
    Unchanged,
    /// <summary>The text names another workflow than the one it was sent for.</summary>
    IdMismatch,
    /// <summary>The text does not read or validate; see the problems.</summary>
    Invalid,
    /// <summary>Another text is stored under this version number: bump the version.</summary>
    VersionTaken,
}

/// <param name="IdInText">For <see cref="DraftOutcome.IdMismatch"/>: the id the text names.</param>
public sealed record DraftResult(
    DraftOutcome Outcome, WorkflowDefinition? Definition, string? ContentHash, bool Published,
    IReadOnlyList<DefinitionProblem> Problems, string? IdInText = null);

public enum PublishOutcome { Published, UnknownVersion, Invalid }

/// <param name="PreviousVersion">The version that was published before, if another.</param>
public sealed record PublishResult(PublishOutcome Outcome, int? PreviousVersion, DateTimeOffset? PublishedAt, IReadOnlyList<DefinitionProblem> Problems);

/// <summary>
/// The managers' two writes on definitions — store a draft, publish a stored version — as one sequence of checks
/// for <c>/api/workflows</c> and the draft editor alike. The <see cref="DefinitionStore"/> validates and refuses;
/// this adds the checks around it (the text names this workflow, a stored version is validated again before it is
/// published) and rebuilds the catalog so a new draft can be shown and previewed at once.
/// </summary>
public sealed class WorkflowDrafts(DefinitionStore store, WorkflowCatalog catalog, RegistrationDbContext db, LiveBusinessCalendar calendar)
{
    public DefinitionValidationOptions Options => WorkflowValidation.For(calendar);

    /// <param name="fileName">The name problems are reported against; by default <c>{id}.v{version}.yaml</c> from the text.</param>
    public async Task<DraftResult> SaveDraftAsync(string workflowId, string text, string actor, string? fileName = null,
        CancellationToken cancellationToken = default)
    {
        var named = DefinitionReader.Read(text, "draft.yaml").Definition;
        if (named is not null && named.Id != workflowId)
            return new DraftResult(DraftOutcome.IdMismatch, named, null, false, [], named.Id);

        fileName ??= named is null ? "draft.yaml" : WorkflowValidation.FileNameFor(named.Id, named.Version);
        var result = await store.AddAsync(text, fileName, actor, Options, cancellationToken);
        switch (result.Outcome)
        {
            case StoreOutcome.Invalid:
                return new DraftResult(DraftOutcome.Invalid, result.Definition, result.ContentHash, false, result.Problem!.Problems);
            case StoreOutcome.VersionConflict:
                return new DraftResult(DraftOutcome.VersionTaken, result.Definition, result.ContentHash, false, result.Problem!.Problems);
        }

        var definition = result.Definition!;
        if (result.Outcome == StoreOutcome.Added)
        {
            await catalog.ReloadAsync(db, cancellationToken);
        }
        var published = await db.DefinitionVersions.AsNoTracking()
            .AnyAsync(d => d.WorkflowId == definition.Id && d.Version == definition.Version && d.Published, cancellationToken);
        return new DraftResult(result.Outcome == StoreOutcome.Added ? DraftOutcome.Added : DraftOutcome.Unchanged,
            definition, result.ContentHash, published, []);
    }

    /// <summary>Validates the stored version again (the office's hours may have changed since) and publishes it.</summary>
    public async Task<PublishResult> PublishAsync(string workflowId, int version, string actor, CancellationToken cancellationToken = default)
    {
        var row = await db.DefinitionVersions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.WorkflowId == workflowId && d.Version == version, cancellationToken);
        if (row is null) return new PublishResult(PublishOutcome.UnknownVersion, null, null, []);

        var read = DefinitionReader.ReadAndValidate(row.Content, row.SourceFile ?? WorkflowValidation.FileNameFor(workflowId, version), Options);
        if (!read.IsValid) return new PublishResult(PublishOutcome.Invalid, null, null, read.Problems);

        var previous = await store.PublishedVersionAsync(workflowId, cancellationToken);
        if (!await store.PublishAsync(workflowId, version, actor, cancellationToken))
            return new PublishResult(PublishOutcome.UnknownVersion, null, null, []);
        var publishedAt = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.WorkflowId == workflowId && d.Version == version).Select(d => d.PublishedAt).SingleAsync(cancellationToken);
        return new PublishResult(PublishOutcome.Published, previous == version ? null : previous, publishedAt, []);
    }
}
