namespace RegistrationFlow.Diagrams;

/// <summary>Orders the nodes in each layer to reduce crossing arrows (barycentre sweeps, best of several kept).</summary>
internal static class LayerOrdering
{
    private const int Sweeps = 8;

    public static void Apply(List<List<LayoutNode>> layers)
    {
        foreach (var layer in layers)
        {
            layer.Sort((a, b) => a.InitialKey.CompareTo(b.InitialKey));
            Renumber(layer);
        }

        var best = Snapshot(layers);
        var bestCrossings = Crossings(layers);
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            for (var l = 1; l < layers.Count; l++)
            {
                SortByBarycentre(layers[l], node => node.Up);
            }

            for (var l = layers.Count - 2; l >= 0; l--)
            {
                SortByBarycentre(layers[l], node => node.Down);
            }

            var crossings = Crossings(layers);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Snapshot(layers);
            }
        }

        Restore(layers, best);
    }

    public static int Crossings(List<List<LayoutNode>> layers)
    {
        var total = 0;
        for (var l = 0; l + 1 < layers.Count; l++)
        {
            var links = layers[l].SelectMany(a => a.Down.Select(b => (Upper: a.Order, Lower: b.Node.Order))).ToList();
            for (var i = 0; i < links.Count; i++)
            {
                for (var j = i + 1; j < links.Count; j++)
                {
                    if ((links[i].Upper - links[j].Upper) * (links[i].Lower - links[j].Lower) < 0)
                    {
                        total++;
                    }
                }
            }
        }

        return total;
    }

    // Nodes with no neighbours on the reference side keep their places; the others are sorted into the remaining places.
    private static void SortByBarycentre(List<LayoutNode> layer, Func<LayoutNode, List<(LayoutNode Node, double Weight)>> neighbours)
    {
        var movable = new List<(LayoutNode Node, double Key)>();
        foreach (var node in layer)
        {
            var links = neighbours(node);
            var weight = links.Sum(link => link.Weight);
            if (weight > 0)
            {
                movable.Add((node, links.Sum(link => link.Weight * link.Node.Order) / weight));
            }
        }

        var sorted = movable.OrderBy(item => item.Key).ThenBy(item => item.Node.Order).Select(item => item.Node).ToList();
        var next = 0;
        for (var i = 0; i < layer.Count; i++)
        {
            if (neighbours(layer[i]).Count > 0)
            {
                layer[i] = sorted[next++];
            }
        }

        Renumber(layer);
    }

    private static void Renumber(List<LayoutNode> layer)
    {
        for (var i = 0; i < layer.Count; i++)
        {
            layer[i].Order = i;
        }
    }

    private static List<List<LayoutNode>> Snapshot(List<List<LayoutNode>> layers) => layers.Select(layer => layer.ToList()).ToList();

    private static void Restore(List<List<LayoutNode>> layers, List<List<LayoutNode>> snapshot)
    {
        for (var l = 0; l < layers.Count; l++)
        {
            layers[l].Clear();
            layers[l].AddRange(snapshot[l]);
            Renumber(layers[l]);
        }
    }
}
