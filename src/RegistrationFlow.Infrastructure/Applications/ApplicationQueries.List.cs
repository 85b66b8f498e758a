using RegistrationFlow.Core.Common;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationQueries
{
    /// <summary>The statuses of an instance that has not ended: the only applications with current steps.</summary>
    private static readonly string[] NotEnded =
    [
        ApplicationStatuses.Received, ApplicationStatuses.InProgress, ApplicationStatuses.AwaitingSupplement,
        ApplicationStatuses.Registered, ApplicationStatuses.ReadyForPickup,
    ];

    /// <summary>
    /// Newest first (then the later receipt number first), with the total that match. <c>step</c> matches any current step,
    /// <c>overdue</c> follows <see cref="OverdueRule"/>, and the search is <see cref="ApplicationSearch.Resolve"/> (a search by
    /// identity number is audited once it has been answered). Every filter is answered from an index, so the cost follows
    /// the size of the answer, not the number of applications stored.
    /// </summary>
    public async Task<ApplicationPage> ListAsync(ApplicationFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Applications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Step))
        {
            var step = filter.Step;
            if (IsPersonStepEverywhere(step))
            {
                // A person's step is current exactly while its task is open: the open-task index finds them.
                var withOpenTask = db.WorkTasks.Where(t => t.State == WorkTaskState.Open && t.Step == step).Select(t => t.ApplicationId);
                query = query.Where(a => withOpenTask.Contains(a.Id));
            }
            else
            {
                // Only running applications have steps: the status index narrows the search to them.
                query = query.Where(a => NotEnded.Contains(a.Status) && a.CurrentSteps.Contains(step));
            }
        }
        if (!string.IsNullOrWhiteSpace(filter.Status)) query = query.Where(a => a.Status == filter.Status);
        var searching = filter.Search is { Text: var text } && !string.IsNullOrWhiteSpace(text) ? search.Resolve(text) : null;
        if (searching is not null) query = query.Where(searching.Predicate);

        IQueryable<Application> matching;
        int total;
        var overdue = OverdueQueries.Overdue(overdueRule, overdueRule.Now);
        switch (filter.Overdue)
        {
            case true:
                matching = query.Where(overdue);
                total = await matching.CountAsync(cancellationToken);
                break;
            case false:
                matching = query.Where(OverdueQueries.Not(overdue));
                // Counted as all minus the overdue: both counts read indexes, the negation alone would read every row.
                total = await query.CountAsync(cancellationToken) - await query.Where(overdue).CountAsync(cancellationToken);
                break;
            default:
                matching = query;
                total = await matching.CountAsync(cancellationToken);
                break;
        }
        var pageSize = Math.Clamp(filter.PageSize, 1, ApplicationFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 1);
        // The page's ids first, then its rows: the database sorts small keys, not whole rows with their JSON.
        var ids = await matching.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.ReceiptNumber)
            .Skip(QueryLimits.Offset(page, pageSize)).Take(pageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (searching is not null) await search.AuditAsync(searching, filter.Search!, total, cancellationToken);
        return new ApplicationPage(ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList(), total);
    }

    /// <summary>Whether every stored version that has a step of this id makes it a person's step (with a task).</summary>
    private bool IsPersonStepEverywhere(string step)
    {
        var found = catalog.AllVersions.SelectMany(e => e.Definition.Steps).Where(s => s.Id == step).ToList();
        return found.Count > 0 && found.All(s => s.Kind == StepKind.Human);
    }
}
