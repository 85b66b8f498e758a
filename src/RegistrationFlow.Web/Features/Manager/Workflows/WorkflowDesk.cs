using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Workflows;

namespace RegistrationFlow.Web.Features.Manager.Workflows;

public sealed record VersionInfo(int Version, bool Published, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy, int OpenApplications);

public sealed record WorkflowInfo(string Id, LocalizedText Title, IReadOnlyList<VersionInfo> Versions)
{
    public int? PublishedVersion => Versions.LastOrDefault(v => v.Published)?.Version;
}

/// <summary>What the server answered to a draft or a publish: done, or refused with its problems.</summary>
public sealed record DeskOutcome(bool Done, LocalizedText Message, IReadOnlyList<DefinitionProblem> Problems, int? Version = null);

/// <summary>
/// The managers' definition work over the same services as <c>/api/workflows</c>: the definition store (validates and
/// refuses), the catalog, and the validator options of <see cref="WorkflowValidation"/> built from this office's calendar.
/// </summary>
public sealed partial class WorkflowDesk(DefinitionStore store, WorkflowCatalog catalog, RegistrationDbContext db, BusinessCalendar calendar)
{
    private static readonly string[] Ended =
        [ApplicationStatuses.Completed, ApplicationStatuses.Refused, ApplicationStatuses.NotAccepted, ApplicationStatuses.Withdrawn];

    public DefinitionValidationOptions Options => WorkflowValidation.For(calendar);

    public async Task<IReadOnlyList<WorkflowInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Select(d => new { d.WorkflowId, d.Version, d.Published, d.CreatedAt, d.PublishedAt, d.PublishedBy })
            .ToListAsync(cancellationToken);
        var open = await db.Applications.AsNoTracking()
            .Where(a => !Ended.Contains(a.Status))
            .GroupBy(a => new { a.WorkflowId, a.WorkflowVersion })
            .Select(g => new { g.Key.WorkflowId, g.Key.WorkflowVersion, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.WorkflowId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var title = (catalog.TryGetPublished(g.Key, out var entry) ? entry : catalog.AllVersions.LastOrDefault(e => e.Id == g.Key))
                ?.Definition.Title.ToText(g.Key) ?? LocalizedText.Of(g.Key, g.Key);
            var versions = g.OrderBy(r => r.Version).Select(r => new VersionInfo(r.Version, r.Published, r.CreatedAt, r.PublishedAt, r.PublishedBy,
                open.FirstOrDefault(o => o.WorkflowId == g.Key && o.WorkflowVersion == r.Version)?.Count ?? 0)).ToList();
            return new WorkflowInfo(g.Key, title, versions);
        }).ToList();
    }

    public Task<string?> TextAsync(string id, int version, CancellationToken cancellationToken = default) =>
        db.DefinitionVersions.AsNoTracking().Where(d => d.WorkflowId == id && d.Version == version)
            .Select(d => d.Content).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every problem of a draft, as the store will judge it (the core's reader and validator, this office's options).</summary>
    public DefinitionReadResult Check(string text, string fileName) => DefinitionReader.ReadAndValidate(text, fileName, Options);

    /// <summary>A new draft: the given version's text with its version number raised above every stored one.</summary>
    public static string NextDraft(string text, int nextVersion) =>
        VersionLine().Replace(text, $"${{key}}{nextVersion}", 1);

    [GeneratedRegex(@"^(?<key>version:\s*)\d+", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    /// <summary>Stores the draft as a new unpublished version; the store refuses a draft with problems or a taken version.</summary>
    public async Task<DeskOutcome> SaveDraftAsync(string id, string text, string actor, CancellationToken cancellationToken = default)
    {
        var named = DefinitionReader.Read(text, "draft.yaml").Definition;
        if (named is not null && named.Id != id)
            return new DeskOutcome(false, WorkflowTexts.IdMismatch(named.Id, id), []);
        var fileName = named is null ? "draft.yaml" : WorkflowValidation.FileNameFor(named.Id, named.Version);
        var result = await store.AddAsync(text, fileName, actor, Options, cancellationToken);
        switch (result.Outcome)
        {
            case StoreOutcome.Invalid:
                return new DeskOutcome(false, ManagerTexts.DraftRefused(result.Problem!.Problems.Count), result.Problem.Problems);
            case StoreOutcome.VersionConflict:
                return new DeskOutcome(false, WorkflowTexts.VersionTaken, result.Problem!.Problems);
        }
        if (result.Outcome == StoreOutcome.Added)
        {
            await catalog.ReloadAsync(db, cancellationToken);
        }
        return new DeskOutcome(true, ManagerTexts.DraftStored(result.Definition!.Version), [], result.Definition.Version);
    }

    /// <summary>Publishes a stored version after validating it again, as the publish endpoint does.</summary>
    public async Task<DeskOutcome> PublishAsync(string id, int version, string actor, CancellationToken cancellationToken = default)
    {
        var row = await db.DefinitionVersions.AsNoTracking().SingleOrDefaultAsync(d => d.WorkflowId == id && d.Version == version, cancellationToken);
        if (row is null) return new DeskOutcome(false, ManagerTexts.UnknownVersion(id, version), []);
        var read = DefinitionReader.ReadAndValidate(row.Content, row.SourceFile ?? WorkflowValidation.FileNameFor(id, version), Options);
        if (!read.IsValid) return new DeskOutcome(false, ManagerTexts.DraftRefused(read.Problems.Count), read.Problems);
        if (!await store.PublishAsync(id, version, actor, cancellationToken))
            return new DeskOutcome(false, ManagerTexts.UnknownVersion(id, version), []);
        return new DeskOutcome(true, ManagerTexts.PublishedDone(id, version), [], version);
    }
}
