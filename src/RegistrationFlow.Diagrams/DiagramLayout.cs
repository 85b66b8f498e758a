namespace RegistrationFlow.Diagrams;

/// <summary>Where everything of a diagram goes: pure geometry, no SVG.</summary>
public sealed record DiagramLayout(double Width, double Height, IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<RoutedEdge> Edges)
{
    public PlacedNode Node(string id) =>
        Nodes.FirstOrDefault(node => node.Node.Id == id) ?? throw new KeyNotFoundException($"No step '{id}' in the diagram.");

    public int RankOf(string id) => Node(id).Rank;
}

/// <summary>A step's shape: <see cref="Rank"/> is its row (0 = the start), <see cref="Bounds"/> the drawn shape.</summary>
public sealed record PlacedNode(DiagramNode Node, int Rank, DiagramRect Bounds);

/// <summary>
/// An arrow. <see cref="Points"/> run from the source to the target; between two points the arrow is a curve that
/// leaves and arrives vertically (a straight line when both have the same x). A self-loop has four points: start,
/// two control points and end of one curve.
/// </summary>
public sealed record RoutedEdge(DiagramEdge Edge, bool IsBackEdge, bool IsSelfLoop, IReadOnlyList<DiagramPoint> Points, DiagramRect? LabelBounds);
