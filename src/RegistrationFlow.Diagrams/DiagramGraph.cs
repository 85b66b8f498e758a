using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams;

public enum DiagramNodeKind
{
    /// <summary>A person with a role acts here.</summary>
    Task,
    Wait,
    Automatic,
    Parallel,
    Join,
    End,
    /// <summary>An action points at a step that the definition does not have (only in drafts with errors).</summary>
    Missing,
}

public enum DiagramEdgeKind
{
    /// <summary>An action a person takes; always labelled.</summary>
    Action,
    /// <summary>The <c>then</c> of a wait, automatic or join step.</summary>
    Then,
    /// <summary>From a parallel step to one of its branches.</summary>
    Branch,
}

/// <summary>One step as the diagram shows it, with its texts already in the diagram's language.</summary>
public sealed record DiagramNode(string Id, DiagramNodeKind Kind, string Title, string? Subtitle)
{
    public EndOutcome? Outcome { get; init; }
    public bool IsStart { get; init; }
    /// <summary>Longer text shown as a tooltip where the SVG is viewed interactively.</summary>
    public string? Hint { get; init; }
}

/// <summary>One arrow; <see cref="Label"/> is null for unlabelled flow (then, branches).</summary>
public sealed record DiagramEdge(string From, string To, DiagramEdgeKind Kind, string? Label)
{
    public string? ActionName { get; init; }
    /// <summary>A guard, shown under the label in a smaller font.</summary>
    public string? Condition { get; init; }
    public string? Hint { get; init; }
}

/// <summary>What a workflow diagram shows, independent of where things are drawn.</summary>
public sealed record DiagramGraph(
    string Title,
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramEdge> Edges,
    IReadOnlyList<string> Notes,
    string Language);
