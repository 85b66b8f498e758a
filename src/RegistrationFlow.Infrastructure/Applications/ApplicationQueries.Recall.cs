using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationQueries
{
    /// <summary>
    /// The title of the action <paramref name="caller"/> could take back now (撤回), or null when they could not: the engine's
    /// rule over the stored state and the claims on <paramref name="openTasks"/>.
    /// </summary>
    public LocalizedText? Recallable(Application application, IEnumerable<WorkTask> openTasks, StaffMember caller)
    {
        if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow)) return null;
        var state = InstanceStateJson.Read(application.InstanceState);
        if (engine.RecallRefusal(workflow.Compiled, state, caller.ToActor(), ApplicationService.ClaimedSteps(openTasks)) is not null) return null;
        var last = state.Visits[^1];
        return workflow.Compiled.FindStep(last.StepId)?.Actions.FirstOrDefault(a => a.Name == last.Action)?.Title;
    }
}
