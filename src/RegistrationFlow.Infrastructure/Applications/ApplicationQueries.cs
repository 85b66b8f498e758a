using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>An application with what the caller may do on it now.</summary>
public sealed record ApplicationView(Application Application, IReadOnlyList<AvailableAction> AvailableActions);

public sealed record ApplicationFilter(string? Step = null, string? Status = null, bool? Overdue = null, string? Query = null, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

public sealed record ApplicationPage(IReadOnlyList<Application> Items, int Total);

/// <summary>One open task on the caller's worklist; <paramref name="Overdue"/> as <see cref="OverdueRule"/> judges it now.</summary>
public sealed record WorkItem(WorkTask Task, string ReceiptNumber, string WorkflowId, int WorkflowVersion, string Status, bool Overdue);

/// <summary>Reads for the API and the UI. Nothing here writes.</summary>
public sealed class ApplicationQueries(RegistrationDbContext db, WorkflowCatalog catalog, WorkflowEngine engine, OverdueRule overdueRule)
{
    public async Task<ApplicationView?> GetAsync(Guid id, StaffMember caller, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null ? null : View(application, caller);
    }

    /// <summary>What <paramref name="caller"/> may do on <paramref name="application"/> now (role, separation of duties, guards).</summary>
    public ApplicationView View(Application application, StaffMember caller)
    {
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow))
            return new ApplicationView(application, []);
        var actions = engine.AvailableActions(workflow.Compiled, InstanceStateJson.Read(application.InstanceState),
            ApplicationData.Parse(application.Data), caller.ToActor());
        return new ApplicationView(application, actions);
    }

    /// <summary>Newest first. <c>q</c> matches the receipt number, certificate number or unit number (prefix), or a party's name (part).</summary>
    public async Task<ApplicationPage> ListAsync(ApplicationFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Applications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Step)) query = query.Where(a => a.CurrentSteps.Contains(filter.Step));
        if (!string.IsNullOrWhiteSpace(filter.Status)) query = query.Where(a => a.Status == filter.Status);
        if (filter.Overdue is { } overdue)
        {
            var isOverdue = overdueRule.Predicate(overdueRule.Now);
            query = query.Where(overdue ? isOverdue : Expression.Lambda<Func<Application, bool>>(Expression.Not(isOverdue.Body), isOverdue.Parameters));
        }
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim();
            query = query.Where(a => a.ReceiptNumber.StartsWith(q)
                                     || (a.CertificateNumber != null && a.CertificateNumber.StartsWith(q))
                                     || a.Property.UnitNumber.StartsWith(q)
                                     || a.Parties.Any(p => p.Name.Contains(q)));
        }
        var total = await query.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(filter.PageSize, 1, ApplicationFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 1);
        var items = await query.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.ReceiptNumber)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ApplicationPage(items, total);
    }

    /// <summary>The application's audit records in order, or null when there is no such application.</summary>
    public async Task<IReadOnlyList<AuditRecord>?> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == id, cancellationToken)) return null;
        return await db.AuditRecords.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
    }

    /// <summary>Open tasks for the caller's roles that nobody else has claimed; oldest due first, then oldest.</summary>
    public async Task<IReadOnlyList<WorkItem>> WorklistAsync(StaffMember caller, CancellationToken cancellationToken = default)
    {
        var roles = caller.Roles.ToList();
        var rows = await db.WorkTasks.AsNoTracking()
            .Where(t => t.State == WorkTaskState.Open && roles.Contains(t.CandidateRole)
                        && (t.ClaimedBy == null || t.ClaimedBy == caller.UserName))
            .Join(db.Applications.AsNoTracking(), t => t.ApplicationId, a => a.Id,
                (t, a) => new { Task = t, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.Status, a.Overdue, a.DueAt })
            .ToListAsync(cancellationToken);
        var now = overdueRule.Now;
        // Ordered in memory (a worklist is short): tasks without a due instant last.
        return rows
            .OrderBy(r => r.Task.DueAt is null).ThenBy(r => r.Task.DueAt).ThenBy(r => r.Task.CreatedAt)
            .Select(r => new WorkItem(r.Task, r.ReceiptNumber, r.WorkflowId, r.WorkflowVersion, r.Status,
                overdueRule.IsOverdue(r.Status, r.Overdue, r.DueAt, r.WorkflowId, r.WorkflowVersion, now)))
            .ToList();
    }
}
