using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams;

/// <summary>Draws a workflow version as a self-contained SVG for managers: steps, actions, parallel branches and ends.</summary>
public static class WorkflowDiagram
{
    /// <summary>The diagram of <paramref name="definition"/> with texts in <paramref name="language"/> (zh-CN by default, en-US).</summary>
    public static string ToSvg(WorkflowDefinition definition, string language = "zh-CN")
    {
        var graph = DiagramGraphBuilder.Build(definition, language);
        return SvgDiagramRenderer.Render(graph, LayeredLayout.Compute(graph));
    }

    /// <summary>Only the geometry, for callers that draw the diagram themselves.</summary>
    public static DiagramLayout Layout(WorkflowDefinition definition, string language = "zh-CN") =>
        LayeredLayout.Compute(DiagramGraphBuilder.Build(definition, language));
}
