using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>An action button on the detail page. <see cref="Offered"/>: the server offers it to this person now.</summary>
public sealed record ActionButton(string Step, string Action, LocalizedText Title, IReadOnlyList<string> RequiredFields, bool Offered);

/// <summary>Everything the detail page shows about one application, read in one scope.</summary>
public sealed record CaseFile(
    Application Application,
    CatalogEntry? Workflow,
    IReadOnlyList<ActionButton> Actions,
    IReadOnlyList<AuditRecord> History,
    IReadOnlyList<WorkTask> OpenTasks,
    DateTimeOffset? WarnAt,
    Certificate? Certificate,
    OwedMaterials? Owed = null,
    LocalizedText? Recallable = null,
    IReadOnlyDictionary<string, LocalizedText>? SeparationBars = null)
{
    public WorkflowDefinition? Definition => Workflow?.Definition;

    /// <summary>Why separation of duties bars this person from <paramref name="step"/>, or null when it does not.</summary>
    public LocalizedText? BarredFrom(string step) => SeparationBars?.GetValueOrDefault(step);

    public LocalizedText WorkflowTitle => Definition?.Title.ToText(Application.WorkflowId) ?? LocalizedText.Of(Application.WorkflowId, Application.WorkflowId);

    public LocalizedText StepTitle(string stepId) => Definition.StepTitle(stepId);

    /// <summary>
    /// A step as people say it: a branch that finished and waits at a join reads "waiting for the parallel work", not
    /// the join's engine name; other steps by their titles.
    /// </summary>
    public LocalizedText StepLabel(string stepId) =>
        Definition?.Steps.FirstOrDefault(s => s.Id == stepId)?.Kind == StepKind.Join ? CaseTexts.WaitingAtJoin : StepTitle(stepId);

    /// <summary>The steps of a comma-separated list people work on or wait in (parallel and join steps left out), in order.</summary>
    public IReadOnlyList<string> PlacesOf(string? steps) =>
        string.IsNullOrEmpty(steps)
            ? []
            : steps.Split(',').Where(s => Definition?.Steps.FirstOrDefault(d => d.Id == s)?.Kind is not (StepKind.Join or StepKind.Parallel)).ToList();

    public LocalizedText MaterialTitle(string id) => Definition.MaterialTitle(id);

    public bool ClockPaused => Application.Status == ApplicationStatuses.AwaitingSupplement;

    /// <summary>While awaiting a supplement: the materials the last request asked for (from its audit record).</summary>
    public IReadOnlySet<string> RequestedMaterials => ClockPaused
        ? History.LastOrDefault(r => r.Detail?.Contains("\"missingMaterials\":[") == true) is { Detail: { } detail }
            ? ReadList(detail, "missingMaterials")
            : new HashSet<string>()
        : new HashSet<string>();

    private static HashSet<string> ReadList(string json, string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(name, out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Select(m => m.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Completed, refused, not accepted or withdrawn: no deadline runs any more.</summary>
    public bool Ended => Application.Status is ApplicationStatuses.Completed or ApplicationStatuses.Refused
        or ApplicationStatuses.NotAccepted or ApplicationStatuses.Withdrawn;
}

/// <summary>
/// Reads a case for the screens over the application service's own queries; it adds what a page needs beside them
/// (the workflow version, the warning instant, open tasks, the certificate) and never writes.
/// </summary>
public sealed class CaseFileReader(ApplicationQueries queries, WorkflowCatalog catalog)
{
    public async Task<CaseFile?> ReadAsync(Guid id, StaffMember caller, CancellationToken cancellationToken = default)
    {
        var view = await queries.GetAsync(id, caller, cancellationToken);
        if (view is null) return null;
        var application = view.Application;
        catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow);

        var history = await queries.HistoryAsync(id, cancellationToken) ?? [];
        var extras = await queries.CaseExtrasAsync(id, cancellationToken);
        return new CaseFile(application, workflow, Buttons(view, workflow, caller), history, extras.OpenTasks, extras.WarnAt, extras.Certificate, view.Owed,
            queries.Recallable(application, extras.OpenTasks, caller), queries.SeparationBars(application, caller));
    }

    /// <summary>
    /// The actions the server offers, and beside them the other actions of the open steps this person's roles work
    /// on: the server decides about those too (it may refuse with its reason, e.g. separation of duties).
    /// </summary>
    private static List<ActionButton> Buttons(ApplicationView view, CatalogEntry? workflow, StaffMember caller)
    {
        var buttons = view.AvailableActions
            .Select(a => new ActionButton(a.StepId, a.Action, a.Title, a.RequiredFields, Offered: true))
            .ToList();
        if (workflow is null) return buttons;
        foreach (var stepId in view.Application.CurrentSteps)
        {
            var step = workflow.Definition.Steps.FirstOrDefault(s => s.Id == stepId);
            if (step is null || step.Kind != StepKind.Human || step.Role is null || !caller.Holds(step.Role)) continue;
            foreach (var action in step.Actions)
            {
                if (buttons.Any(b => b.Step == stepId && b.Action == action.Name)) continue;
                buttons.Add(new ActionButton(stepId, action.Name, action.Title?.ToText(action.Name) ?? LocalizedText.Of(action.Name, action.Name),
                    action.Requires, Offered: false));
            }
        }
        return buttons;
    }

}
