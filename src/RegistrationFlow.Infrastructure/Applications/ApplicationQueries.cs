using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>An application with what the caller may do on it now.</summary>
/// <param name="Owed">容缺受理: the materials accepted as owed and the promise, when any were.</param>
public sealed record ApplicationView(Application Application, IReadOnlyList<AvailableAction> AvailableActions, OwedMaterials? Owed = null);

/// <param name="Search">The search box's text and who typed it (<see cref="ApplicationSearch"/>); null or blank text lists all.</param>
public sealed record ApplicationFilter(string? Step = null, string? Status = null, bool? Overdue = null, SearchRequest? Search = null, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

public sealed record ApplicationPage(IReadOnlyList<Application> Items, int Total);

/// <summary>Reads for the API and the UI. Nothing here writes but the audit record of a search by identity number.</summary>
public sealed partial class ApplicationQueries(
    RegistrationDbContext db, WorkflowCatalog catalog, WorkflowEngine engine, OverdueRule overdueRule, ApplicationSearch search)
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
        var state = InstanceStateJson.Read(application.InstanceState);
        var actions = engine.AvailableActions(workflow.Compiled, state, ApplicationData.Parse(application.Data), caller.ToActor());
        return new ApplicationView(application, actions, state.Owed);
    }

    /// <summary>The application's audit records in order, or null when there is no such application.</summary>
    public async Task<IReadOnlyList<AuditRecord>?> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == id, cancellationToken)) return null;
        return await db.AuditRecords.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
    }
}
