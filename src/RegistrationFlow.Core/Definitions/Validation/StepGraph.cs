namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>
/// The steps as a graph: an edge for every action target, every <c>then</c>, every parallel branch, and from a
/// parallel step to its join (the join is where its branches meet). The implicit withdrawal is not an edge.
/// </summary>
internal sealed class StepGraph
{
    private readonly Dictionary<string, StepDefinition> steps = new(StringComparer.Ordinal);

    public StepGraph(WorkflowDefinition definition)
    {
        foreach (var step in definition.Steps) steps.TryAdd(step.Id, step);
    }

    public IReadOnlyDictionary<string, StepDefinition> Steps => steps;

    /// <summary>Every step the step names as a place to go, with the path of the naming value (targets may not exist).</summary>
    public static IEnumerable<Edge> NamedTargets(StepDefinition step)
    {
        switch (step.Kind)
        {
            case StepKind.Human:
                foreach (var action in step.Actions)
                    yield return new Edge(step.Id, action.To, DefinitionPath.ActionKey(step.Id, action.Name, "to"), action.Location);
                break;
            case StepKind.Automatic or StepKind.Wait or StepKind.Join when step.Then is not null:
                yield return new Edge(step.Id, step.Then, DefinitionPath.StepKey(step.Id, "then"), step.Location);
                break;
            case StepKind.Parallel:
                for (var index = 0; index < step.Branches.Count; index++)
                    yield return new Edge(step.Id, step.Branches[index], DefinitionPath.Item(DefinitionPath.StepKey(step.Id, "branches"), index), step.Location);
                if (step.Join is not null)
                    yield return new Edge(step.Id, step.Join, DefinitionPath.StepKey(step.Id, "join"), step.Location);
                break;
        }
    }

    public IEnumerable<Edge> EdgesFrom(string stepId) =>
        steps.TryGetValue(stepId, out var step) ? NamedTargets(step).Where(edge => steps.ContainsKey(edge.To)) : [];

    public IEnumerable<string> Successors(string stepId) => EdgesFrom(stepId).Select(edge => edge.To);

    /// <summary>
    /// The steps reachable from <paramref name="from"/> (included), not going on past a step for which
    /// <paramref name="stopAt"/> is true (such a step is included, its successors are not).
    /// </summary>
    public HashSet<string> Reach(IEnumerable<string> from, Func<string, bool>? stopAt = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(from.Where(steps.ContainsKey));
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current) || stopAt?.Invoke(current) == true) continue;
            foreach (var next in Successors(current)) pending.Push(next);
        }
        return seen;
    }

    /// <summary>True when there is a path of at least one edge from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool CanPrecede(string from, string to) => Reach(Successors(from)).Contains(to);

    /// <summary>The steps from which some end step can be reached.</summary>
    public HashSet<string> CanReachAnEnd()
    {
        var predecessors = steps.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var id in steps.Keys)
            foreach (var next in Successors(id)) predecessors[next].Add(id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(steps.Values.Where(step => step.Kind == StepKind.End).Select(step => step.Id));
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current)) continue;
            foreach (var previous in predecessors[current]) pending.Push(previous);
        }
        return seen;
    }

    public bool IsEnd(string stepId) => steps.TryGetValue(stepId, out var step) && step.Kind == StepKind.End;
}

/// <summary>One way out of a step: the target, the path of the value that names it, and the step or action it belongs to.</summary>
internal sealed record Edge(string From, string To, string Path, SourceLocation Fallback);
