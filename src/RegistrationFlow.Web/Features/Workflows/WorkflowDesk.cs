using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Workflows;

namespace RegistrationFlow.Web.Features.Workflows;

public sealed record VersionInfo(int Version, bool Published, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy, int OpenApplications);

public sealed record WorkflowInfo(string Id, LocalizedText Title, IReadOnlyList<VersionInfo> Versions)
{
    public int? PublishedVersion => Versions.LastOrDefault(v => v.Published)?.Version;
}

/// <summary>What the server answered to a draft or a publish: done, or refused with its problems.</summary>
public sealed record DeskOutcome(bool Done, LocalizedText Message, IReadOnlyList<DefinitionProblem> Problems, int? Version = null);

/// <summary>
/// The managers' definition work for the screens: <see cref="WorkflowDrafts"/> stores drafts and publishes exactly as
/// <c>/api/workflows</c> does; this adds the lists and texts the pages show and turns the outcomes into messages.
/// </summary>
public sealed partial class WorkflowDesk(WorkflowDrafts drafts, WorkflowCatalog catalog, WorkflowVersions versions)
{
    public DefinitionValidationOptions Options => drafts.Options;

    public async Task<IReadOnlyList<WorkflowInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await versions.ListAsync(cancellationToken);
        var open = await versions.OpenApplicationsAsync(cancellationToken);
        return rows.GroupBy(r => r.WorkflowId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var title = (catalog.TryGetPublished(g.Key, out var entry) ? entry : catalog.AllVersions.LastOrDefault(e => e.Id == g.Key))
                ?.Definition.Title.ToText(g.Key) ?? LocalizedText.Of(g.Key, g.Key);
            var infos = g.OrderBy(r => r.Version).Select(r => new VersionInfo(r.Version, r.Published, r.CreatedAt, r.PublishedAt, r.PublishedBy,
                open.GetValueOrDefault((g.Key, r.Version)))).ToList();
            return new WorkflowInfo(g.Key, title, infos);
        }).ToList();
    }

    public Task<string?> TextAsync(string id, int version, CancellationToken cancellationToken = default) =>
        versions.TextAsync(id, version, cancellationToken);

    /// <summary>Every problem of a draft, as the store will judge it (the core's reader and validator, this office's options).</summary>
    public DefinitionReadResult Check(string text, string fileName) => DefinitionReader.ReadAndValidate(text, fileName, Options);

    /// <summary>A new draft: the given version's text with its version number raised above every stored one.</summary>
    public static string NextDraft(string text, int nextVersion) =>
        VersionLine().Replace(text, $"${{key}}{nextVersion}", 1);

    [GeneratedRegex(@"^(?<key>version:\s*)\d+", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    /// <summary>Stores the draft as a new unpublished version; the server refuses a draft with problems or a taken version.</summary>
    public async Task<DeskOutcome> SaveDraftAsync(string id, string text, string actor, CancellationToken cancellationToken = default)
    {
        var result = await drafts.SaveDraftAsync(id, text, actor, cancellationToken: cancellationToken);
        return result.Outcome switch
        {
            DraftOutcome.IdMismatch => new DeskOutcome(false, WorkflowTexts.IdMismatch(result.IdInText!, id), []),
            DraftOutcome.Invalid => new DeskOutcome(false, WorkflowDeskTexts.DraftRefused(result.Problems.Count), result.Problems),
            DraftOutcome.VersionTaken => new DeskOutcome(false, WorkflowTexts.VersionTaken, result.Problems),
            _ => new DeskOutcome(true, WorkflowDeskTexts.DraftStored(result.Definition!.Version), [], result.Definition.Version),
        };
    }

    /// <summary>Publishes a stored version after validating it again, as the publish endpoint does.</summary>
    public async Task<DeskOutcome> PublishAsync(string id, int version, string actor, CancellationToken cancellationToken = default)
    {
        var result = await drafts.PublishAsync(id, version, actor, cancellationToken);
        return result.Outcome switch
        {
            PublishOutcome.Invalid => new DeskOutcome(false, WorkflowDeskTexts.DraftRefused(result.Problems.Count), result.Problems),
            PublishOutcome.UnknownVersion => new DeskOutcome(false, WorkflowDeskTexts.UnknownVersion(id, version), []),
            _ => new DeskOutcome(true, WorkflowDeskTexts.PublishedDone(id, version), [], version),
        };
    }
}
