namespace RegistrationFlow.Diagrams;

/// <summary>Routes the arrows of a laid-out diagram: ports on the sides of steps and bars, slots through skipped rows, self-loops.</summary>
internal static class EdgeRouter
{
    public static List<RoutedEdge> Route(
        List<DiagramEdge> edges, List<LayoutNode>?[] chains, bool[] back, DiagramRect[] boxes, IReadOnlyList<DiagramNode> nodes,
        double[] layerTops, double[] layerHeights, List<int> sources)
    {
        // Arrows meeting a side of a step are spread along it in the order of where they come from.
        var ports = new Dictionary<(int Step, bool Bottom), List<(int Edge, double Towards)>>();
        for (var e = 0; e < edges.Count; e++)
        {
            if (chains[e] is not { } chain)
            {
                continue;
            }

            AddPort(ports, (chain[0].Step, true), e, chain[1].X);
            AddPort(ports, (chain[^1].Step, false), e, chain[^2].X);
        }

        var portX = new Dictionary<(int Edge, bool AtTop), double>();
        foreach (var ((step, bottom), list) in ports)
        {
            var ordered = list.OrderBy(p => p.Towards).ThenBy(p => p.Edge).ToList();
            var box = boxes[step];
            var xs = LayeredLayout.IsBarKind(nodes[step].Kind) ? BarPorts(box, ordered.Select(p => p.Towards).ToList()) : BoxPorts(box, ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                portX[(ordered[i].Edge, bottom)] = xs[i];
            }
        }

        var routed = new List<RoutedEdge>(edges.Count);
        for (var e = 0; e < edges.Count; e++)
        {
            if (chains[e] is not { } chain)
            {
                routed.Add(SelfLoop(edges[e], boxes[sources[e]]));
                continue;
            }

            var points = new List<DiagramPoint>();
            var top = chain[0];
            var bottom = chain[^1];
            var startX = portX[(e, true)];
            points.Add(new DiagramPoint(startX, boxes[top.Step].Bottom));
            points.Add(new DiagramPoint(startX, layerTops[top.Layer] + layerHeights[top.Layer]));
            DiagramRect? label = null;
            foreach (var slot in chain.Skip(1).Take(chain.Count - 2))
            {
                points.Add(new DiagramPoint(slot.X, layerTops[slot.Layer]));
                points.Add(new DiagramPoint(slot.X, layerTops[slot.Layer] + layerHeights[slot.Layer]));
                if (slot.IsLabel)
                {
                    label = new DiagramRect(slot.X - slot.Width / 2, slot.Y, slot.Width, slot.Height);
                }
            }

            var endX = portX[(e, false)];
            points.Add(new DiagramPoint(endX, layerTops[bottom.Layer]));
            points.Add(new DiagramPoint(endX, boxes[bottom.Step].Y));
            if (back[e])
            {
                points.Reverse();
            }

            routed.Add(new RoutedEdge(edges[e], back[e], false, Deduplicate(points), label));
        }

        return routed;
    }

    private static List<double> BoxPorts(DiagramRect box, int count) =>
        Enumerable.Range(0, count)
            .Select(i => count == 1 ? box.CenterX : box.CenterX - box.Width * 0.3 + box.Width * 0.6 * i / (count - 1))
            .ToList();

    // Arrows meet a bar straight above or below where they come from, kept a little apart and on the bar.
    private static List<double> BarPorts(DiagramRect box, List<double> towards)
    {
        const double inset = 10;
        const double apart = 12;
        var xs = towards.Select(x => Math.Clamp(x, box.X + inset, box.Right - inset)).ToList();
        for (var i = 1; i < xs.Count; i++)
        {
            xs[i] = Math.Max(xs[i], xs[i - 1] + apart);
        }

        for (var i = xs.Count - 1; i >= 0; i--)
        {
            var limit = i == xs.Count - 1 ? box.Right - inset : xs[i + 1] - apart;
            xs[i] = Math.Min(xs[i], limit);
        }

        return xs;
    }

    private static void AddPort(Dictionary<(int, bool), List<(int, double)>> ports, (int, bool) key, int edge, double towards)
    {
        if (!ports.TryGetValue(key, out var list))
        {
            ports[key] = list = [];
        }

        list.Add((edge, towards));
    }

    private static RoutedEdge SelfLoop(DiagramEdge edge, DiagramRect box)
    {
        var x = box.Right;
        var y = box.CenterY;
        var points = new List<DiagramPoint>
        {
            new(x, y - 8), new(x + LayeredLayout.SelfLoopReach + 6, y - 30), new(x + LayeredLayout.SelfLoopReach + 6, y + 30), new(x, y + 8),
        };
        var size = DiagramMeasure.Label(edge);
        var label = new DiagramRect(x + LayeredLayout.SelfLoopReach, y - size.Height / 2, size.Width, size.Height);
        return new RoutedEdge(edge, false, true, points, label);
    }

    private static List<DiagramPoint> Deduplicate(List<DiagramPoint> points)
    {
        var result = new List<DiagramPoint>(points.Count);
        foreach (var point in points)
        {
            if (result.Count == 0 || result[^1] != point)
            {
                result.Add(point);
            }
        }

        return result;
    }
}
