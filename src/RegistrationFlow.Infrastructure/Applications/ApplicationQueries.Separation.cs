using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationQueries
{
    /// <summary>
    /// The open steps of the application whose role <paramref name="caller"/> holds but separation of duties (不相容岗位分离,
    /// the definition's <c>not-by</c>) bars them from, each with the engine's reason: the screens show it instead of buttons.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> SeparationBars(Application application, StaffMember caller)
    {
        var bars = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow)) return bars;
        var state = InstanceStateJson.Read(application.InstanceState);
        foreach (var step in application.CurrentSteps.Distinct())
        {
            if (engine.WhyNotWorkOn(workflow.Compiled, state, step, caller.ToActor()) is { Code: RefusalCode.SeparationOfDuties } why)
                bars[step] = why.Message;
        }
        return bars;
    }

    /// <summary><see cref="SeparationBars"/> for several applications at once (a worklist's), keyed by application and step.</summary>
    public async Task<IReadOnlyDictionary<(Guid Application, string Step), LocalizedText>> SeparationBarsAsync(IReadOnlyCollection<Guid> applicationIds,
        StaffMember caller, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<(Guid, string), LocalizedText>();
        if (applicationIds.Count == 0) return result;
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var application in applications)
            foreach (var (step, why) in SeparationBars(application, caller))
                result[(application.Id, step)] = why;
        return result;
    }
}
