namespace RegistrationFlow.Diagrams;

/// <summary>A slot in one layer of the layered layout: a step, an arrow's label, or a point an arrow passes through.</summary>
internal sealed class LayoutNode
{
    public required int Layer { get; init; }
    public double Width { get; set; }
    public double Height { get; set; }
    /// <summary>Centre x.</summary>
    public double X { get; set; }
    /// <summary>Top y.</summary>
    public double Y { get; set; }
    public int Order { get; set; }
    /// <summary>Index of the step in the graph, or -1 for a virtual slot.</summary>
    public int Step { get; init; } = -1;
    /// <summary>Index of the arrow a virtual slot belongs to.</summary>
    public int Edge { get; init; } = -1;
    public bool IsLabel { get; init; }
    /// <summary>A parallel or join bar: arrows may meet it anywhere along its width.</summary>
    public bool IsBar { get; init; }
    /// <summary>Where the node starts in the first ordering (depth-first discovery of its step).</summary>
    public double InitialKey { get; init; }
    public List<(LayoutNode Node, double Weight)> Up { get; } = [];
    public List<(LayoutNode Node, double Weight)> Down { get; } = [];

    public bool IsVirtual => Step < 0;
}
