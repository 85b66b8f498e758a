using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Casework;
using CoreDeadlineKind = RegistrationFlow.Core.Runtime.DeadlineKind;

namespace RegistrationFlow.Web.Features.Worklist;

/// <summary>One row of the worklist: the service's work item with the titles and warning instant the screen shows.</summary>
public sealed record WorklistRow(WorkItem Item, LocalizedText WorkflowTitle, LocalizedText StepTitle, DateTimeOffset? WarnAt);

/// <summary>The caller's worklist from <see cref="ApplicationQueries.WorklistAsync"/> (its order kept), with titles and warnings.</summary>
public sealed class WorklistReader(ApplicationQueries queries, RegistrationDbContext db, WorkflowCatalog catalog)
{
    /// <summary>The most urgent tasks the screen shows (and filters); the rest follow as these are done.</summary>
    public const int ScreenSize = 500;

    public async Task<IReadOnlyList<WorklistRow>> ReadAsync(StaffMember caller, CancellationToken cancellationToken = default)
    {
        var items = await queries.WorklistAsync(caller, ScreenSize, cancellationToken);
        var ids = items.Select(i => i.Task.ApplicationId).Distinct().ToList();
        var warnings = await db.Deadlines.AsNoTracking()
            .Where(d => ids.Contains(d.ApplicationId) && d.Kind == CoreDeadlineKind.Warning && d.State != DeadlineState.Cancelled)
            .Select(d => new { d.ApplicationId, d.DueAt, d.CreatedAt })
            .ToListAsync(cancellationToken);
        var warnAt = warnings.GroupBy(w => w.ApplicationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.CreatedAt).First().DueAt);
        return items.Select(item =>
        {
            catalog.TryGet(item.WorkflowId, item.WorkflowVersion, out var entry);
            var definition = entry?.Definition;
            return new WorklistRow(item,
                definition?.Title.ToText(item.WorkflowId) ?? LocalizedText.Of(item.WorkflowId, item.WorkflowId),
                CaseFileReader.StepTitle(definition, item.Task.Step),
                warnAt.TryGetValue(item.Task.ApplicationId, out var w) ? w : null);
        }).ToList();
    }
}
