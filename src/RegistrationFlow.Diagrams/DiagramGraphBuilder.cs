using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams;

/// <summary>Turns a definition into what its diagram shows: one node per step, one edge per action or flow.</summary>
public static class DiagramGraphBuilder
{
    public static DiagramGraph Build(WorkflowDefinition definition, string language = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(definition);
        var steps = new List<StepDefinition>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in definition.Steps)
        {
            if (known.Add(step.Id))
            {
                steps.Add(step);
            }
        }

        var nodes = steps.Select(step => ToNode(step, definition.StartStep, language)).ToList();
        var edges = new List<DiagramEdge>();
        foreach (var step in steps)
        {
            foreach (var action in step.Actions)
            {
                var label = action.Title?.ToText(action.Name).For(language) ?? action.Name;
                var hint = new List<string> { action.Name };
                if (action.Requires.Count > 0)
                {
                    hint.Add(DiagramTexts.Requires(action.Requires, language));
                }

                edges.Add(new DiagramEdge(step.Id, action.To, DiagramEdgeKind.Action, label)
                {
                    ActionName = action.Name,
                    Condition = string.IsNullOrWhiteSpace(action.When) ? null : DiagramTexts.Condition(action.When.Trim(), language),
                    Hint = string.Join(" · ", hint),
                });
            }

            foreach (var branch in step.Kind == StepKind.Parallel ? step.Branches : [])
            {
                edges.Add(new DiagramEdge(step.Id, branch, DiagramEdgeKind.Branch, null));
            }

            if (step.Then is not null && step.Kind != StepKind.Parallel && step.Kind != StepKind.End)
            {
                edges.Add(new DiagramEdge(step.Id, step.Then, DiagramEdgeKind.Then, null));
            }
        }

        foreach (var missing in edges.Select(edge => edge.To).Where(to => !known.Contains(to)).Distinct(StringComparer.Ordinal).ToList())
        {
            known.Add(missing);
            nodes.Add(new DiagramNode(missing, DiagramNodeKind.Missing, DiagramTexts.MissingStep(missing, language), null));
        }

        return new DiagramGraph(
            DiagramTexts.Version(definition.Title.ToText(definition.Id).For(language), definition.Version, language),
            nodes,
            edges,
            Notes(definition, steps, language),
            language);
    }

    private static DiagramNode ToNode(StepDefinition step, string startStep, string language)
    {
        var title = Title(step, language);
        var (kind, subtitle) = step.Kind switch
        {
            StepKind.Human => (DiagramNodeKind.Task, DiagramTexts.Role(step.Role, language)),
            StepKind.Wait => (DiagramNodeKind.Wait, DiagramTexts.WaitSubtitle(step.Until, language)),
            StepKind.Automatic => (DiagramNodeKind.Automatic, DiagramTexts.Automatic(language)),
            StepKind.Parallel => (DiagramNodeKind.Parallel, (string?)null),
            StepKind.Join => (DiagramNodeKind.Join, null),
            _ => (DiagramNodeKind.End, null),
        };
        return new DiagramNode(step.Id, kind, title, string.IsNullOrEmpty(subtitle) ? null : subtitle)
        {
            Outcome = step.Kind == StepKind.End ? step.Outcome ?? EndOutcome.Completed : null,
            IsStart = step.Id == startStep,
            Hint = step.OnEnter.Count > 0 ? $"{step.Id} · on-enter: {string.Join(", ", step.OnEnter)}" : step.Id,
        };
    }

    private static string Title(StepDefinition step, string language)
    {
        var fallback = step.Kind switch
        {
            StepKind.Parallel when step.Title is null => DiagramTexts.ParallelFallback(language),
            StepKind.Join when step.Title is null => DiagramTexts.JoinFallback(language),
            _ => step.Id,
        };
        var title = step.Title?.ToText(fallback).For(language);
        return string.IsNullOrWhiteSpace(title) ? fallback : title;
    }

    private static List<string> Notes(WorkflowDefinition definition, List<StepDefinition> steps, string language)
    {
        var notes = new List<string>();
        var withdrawn = steps.FirstOrDefault(step => step.Kind == StepKind.End && step.Outcome == EndOutcome.Withdrawn);
        notes.Add(DiagramTexts.Withdrawal(
            DiagramTexts.Role(definition.Withdrawal.Role, language),
            withdrawn is null ? null : Title(withdrawn, language),
            language));
        foreach (var step in steps.Where(step => step.NotBy.Count > 0))
        {
            var earlier = step.NotBy.Select(id => steps.FirstOrDefault(s => s.Id == id) is { } s ? Title(s, language) : id);
            notes.Add(DiagramTexts.NotBy(Title(step, language), earlier, language));
        }

        return notes;
    }
}
