namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// The actions the product treats specially, found by what a definition declares about them — never by their names,
/// which each workflow file chooses freely.
/// </summary>
public static class DeclaredActions
{
    /// <summary>受理: the start step's action that starts the service-level clock (<c>effects: [start-clock]</c>).</summary>
    public static ActionDefinition? Acceptance(WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.Steps.FirstOrDefault(s => s.Id == workflow.StartStep)?.Actions
            .FirstOrDefault(a => a.Effects.Contains(Vocabulary.Effects.StartClock));
    }

    /// <summary>Whether <paramref name="action"/> starts the service-level clock on any step (受理, or a re-acceptance).</summary>
    public static bool StartsClock(WorkflowDefinition workflow, string action)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        foreach (var step in workflow.Steps)
            foreach (var candidate in step.Actions)
                if (candidate.Name == action && candidate.Effects.Contains(Vocabulary.Effects.StartClock))
                    return true;
        return false;
    }

    /// <summary>发证: the action that hands the certificate over (<c>effects: [hand-over-certificate]</c>); null when none does.</summary>
    public static ActionDefinition? HandOver(WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        foreach (var step in workflow.Steps)
            foreach (var action in step.Actions)
                if (action.Effects.Contains(Vocabulary.Effects.HandOverCertificate))
                    return action;
        return null;
    }

    /// <summary>Whether <paramref name="action"/> ends the application other than as <c>completed</c> (refused, not accepted, withdrawn).</summary>
    public static bool EndsUnfavourably(WorkflowDefinition workflow, string action)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        foreach (var step in workflow.Steps)
            foreach (var candidate in step.Actions)
                if (candidate.Name == action && Step(workflow, candidate.To) is { Kind: StepKind.End, Outcome: not EndOutcome.Completed })
                    return true;
        return false;
    }

    private static StepDefinition? Step(WorkflowDefinition workflow, string? id)
    {
        foreach (var step in workflow.Steps)
            if (step.Id == id) return step;
        return null;
    }
}
