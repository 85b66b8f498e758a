using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Applications;

namespace RegistrationFlow.Web.Features.Tasks;

/// <summary>One row of the worklist: the service's work item with the titles and warning instant the screen shows.</summary>
/// <param name="Barred">Why separation of duties bars the reader from the task, or null: the row then offers nothing to do.</param>
public sealed record WorklistRow(WorkItem Item, LocalizedText WorkflowTitle, LocalizedText StepTitle, DateTimeOffset? WarnAt, LocalizedText? Barred = null);

/// <summary>The caller's worklist from <see cref="ApplicationQueries.WorklistAsync"/> (its order kept), with titles and warnings.</summary>
public sealed class WorklistReader(ApplicationQueries queries, WorkflowCatalog catalog)
{
    /// <summary>The most urgent tasks the screen shows (and filters); the rest follow as these are done.</summary>
    public const int ScreenSize = 500;

    /// <param name="search">The search box (<see cref="ApplicationSearch"/>): only the tasks of the applications it finds.</param>
    public async Task<IReadOnlyList<WorklistRow>> ReadAsync(StaffMember caller, SearchRequest? search = null, CancellationToken cancellationToken = default)
    {
        var items = await queries.WorklistAsync(caller, ScreenSize, search, cancellationToken);
        var ids = items.Select(i => i.Task.ApplicationId).Distinct().ToList();
        var warnAt = await queries.WarningInstantsAsync(ids, cancellationToken);
        var bars = await queries.SeparationBarsAsync(ids, caller, cancellationToken);
        return items.Select(item =>
        {
            catalog.TryGet(item.WorkflowId, item.WorkflowVersion, out var entry);
            var definition = entry?.Definition;
            return new WorklistRow(item,
                definition?.Title.ToText(item.WorkflowId) ?? LocalizedText.Of(item.WorkflowId, item.WorkflowId),
                DefinitionTitles.StepTitle(definition, item.Task.Step),
                warnAt.TryGetValue(item.Task.ApplicationId, out var w) ? w : null,
                bars.GetValueOrDefault((item.Task.ApplicationId, item.Task.Step)));
        }).ToList();
    }
}
