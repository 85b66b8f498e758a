using System.Linq.Expressions;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// When an application counts as overdue or at risk — one rule for the dashboard, the worklist, the API's
/// <c>overdue</c> flag and filter and the daily report, following the engine's service-level clock (docs/ENGINE.md):
/// <list type="bullet">
/// <item>Clock running (<c>in-progress</c>): overdue once the due instant has passed (the breach deadline marks it a
/// second later; counting it from the due instant keeps a late job from hiding it).</item>
/// <item>Clock suspended for a supplement (<c>awaiting-supplement</c>): the due instant does not run out while the
/// clock stands. Under <c>on-supplement: restart</c> it is not overdue — a new promise is made when the materials
/// arrive, which clears an earlier breach. Under <c>pause</c> it is overdue only if the breach had fired before the
/// clock stopped; the engine keeps that mark when the clock resumes.</item>
/// <item>Registered or ended: overdue if the breach fired before registration (the engine's mark).</item>
/// </list>
/// At risk: the clock runs, the warning instant has come and the application is not overdue. A suspended clock is
/// never at risk.
/// </summary>
public sealed class OverdueRule(WorkflowCatalog catalog, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public bool IsOverdue(Application application) => IsOverdue(application, Now);

    public bool IsOverdue(Application application, DateTimeOffset now) => IsOverdue(
        application.Status, application.Overdue, application.DueAt, application.WorkflowId, application.WorkflowVersion, now);

    /// <param name="breached">The engine's mark: the breach deadline fired while the clock ran (the <c>Overdue</c> column).</param>
    public bool IsOverdue(string status, bool breached, DateTimeOffset? dueAt, string workflowId, int workflowVersion, DateTimeOffset now) =>
        status switch
        {
            ApplicationStatuses.InProgress => breached || dueAt < now,
            ApplicationStatuses.AwaitingSupplement => breached && OnSupplement(workflowId, workflowVersion) == SupplementClock.Pause,
            _ => breached,
        };

    public bool IsAtRisk(string status, bool breached, DateTimeOffset? dueAt, DateTimeOffset? warnAt, DateTimeOffset now) =>
        status == ApplicationStatuses.InProgress && !breached && !(dueAt < now) && warnAt <= now;

    /// <summary>What a request for supplement does to the clock of this workflow version; <c>restart</c> (the default) when unknown.</summary>
    public SupplementClock OnSupplement(string workflowId, int workflowVersion) =>
        catalog.TryGet(workflowId, workflowVersion, out var entry) ? entry.Definition.ServiceLevel.OnSupplement : SupplementClock.Restart;

    /// <summary>The same rule as a query predicate, for lists and counts the database filters.</summary>
    public Expression<Func<Application, bool>> Predicate(DateTimeOffset now)
    {
        var pausing = PausingVersions();
        return a => a.Status == ApplicationStatuses.InProgress
            ? a.Overdue || a.DueAt < now
            : a.Status == ApplicationStatuses.AwaitingSupplement
                ? a.Overdue && pausing.Contains(a.WorkflowId + "@" + a.WorkflowVersion.ToString())
                : a.Overdue;
    }

    /// <summary>The workflow versions whose clock pauses for a supplement, as "id@version" (how <see cref="Predicate"/> matches them).</summary>
    public List<string> PausingVersions() => catalog.AllVersions
        .Where(e => e.Definition.ServiceLevel.OnSupplement == SupplementClock.Pause)
        .Select(e => Key(e.Id, e.Version))
        .ToList();

    private static string Key(string workflowId, int version) => workflowId + "@" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
