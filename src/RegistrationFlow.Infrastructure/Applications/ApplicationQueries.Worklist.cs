using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>One open task on the caller's worklist; <paramref name="Overdue"/> as <see cref="OverdueRule"/> judges it now.</summary>
public sealed record WorkItem(WorkTask Task, string ReceiptNumber, string WorkflowId, int WorkflowVersion, string Status, bool Overdue);

public sealed partial class ApplicationQueries
{
    public const int DefaultWorklistSize = 100;
    public const int MaxWorklistSize = 1000;

    /// <summary>
    /// The first <paramref name="limit"/> open tasks for the caller's roles that nobody else has claimed: earliest due
    /// first, tasks without a due instant (a clock stopped for a supplement) last, then oldest first. Read per role from
    /// the index of open tasks, so a backlog of any size costs no more than the page. With <paramref name="searchFor"/>, only
    /// the tasks of applications the search box finds (<see cref="ApplicationSearch.Resolve"/>; a search by identity
    /// number is audited).
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> WorklistAsync(StaffMember caller, int limit = DefaultWorklistSize, SearchRequest? searchFor = null,
        CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxWorklistSize);
        var searching = searchFor is { Text: var text } && !string.IsNullOrWhiteSpace(text) ? search.Resolve(text) : null;
        var found = searching is null ? null : db.Applications.Where(searching.Predicate).Select(a => a.Id);
        var tasks = new List<WorkTask>();
        foreach (var role in caller.Roles)
        {
            var open = OpenFor(role, caller.UserName);
            if (found is not null) open = open.Where(t => found.Contains(t.ApplicationId));
            var due = await open.Where(t => t.DueAt != null).OrderBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(limit).ToListAsync(cancellationToken);
            tasks.AddRange(due);
            if (due.Count < limit)
                tasks.AddRange(await open.Where(t => t.DueAt == null).OrderBy(t => t.CreatedAt).Take(limit - due.Count).ToListAsync(cancellationToken));
        }
        var page = tasks.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(limit).ToList();

        var ids = page.Select(t => t.ApplicationId).Distinct().ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.Status, a.Overdue, a.DueAt })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        if (searching is not null) await search.AuditAsync(searching, searchFor!, page.Count, cancellationToken);
        var now = overdueRule.Now;
        return page.Where(t => applications.ContainsKey(t.ApplicationId)).Select(t =>
        {
            var a = applications[t.ApplicationId];
            return new WorkItem(t, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.Status,
                overdueRule.IsOverdue(a.Status, a.Overdue, a.DueAt, a.WorkflowId, a.WorkflowVersion, now));
        }).ToList();
    }

    /// <summary>How many tasks the caller's whole worklist holds (the page is the first of them).</summary>
    public async Task<int> WorklistCountAsync(StaffMember caller, CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var role in caller.Roles) total += await OpenFor(role, caller.UserName).CountAsync(cancellationToken);
        return total;
    }

    private IQueryable<WorkTask> OpenFor(string role, string userName) => db.WorkTasks.AsNoTracking()
        .Where(t => t.State == WorkTaskState.Open && t.CandidateRole == role && (t.ClaimedBy == null || t.ClaimedBy == userName));
}
