namespace RegistrationFlow.Diagrams;

/// <summary>
/// Lays a diagram out top to bottom in rows (ranks). A step's rank is the longest path to it from the start step,
/// ignoring arrows that go back (return, resubmit). Between two rows of steps lies a row of arrow labels, so labels
/// get their own space; arrows that skip rows pass through reserved slots, so no arrow crosses a step or a label.
/// Deterministic: the same graph always gives the same layout.
/// </summary>
public static class LayeredLayout
{
    public const double Margin = 24;
    private const double LayerGap = 22;
    internal const double SelfLoopReach = 34;

    public static DiagramLayout Compute(DiagramGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index.TryAdd(nodes[i].Id, i);
        }

        var edges = graph.Edges
            .Select((edge, k) => (Edge: edge, Index: k, From: index.GetValueOrDefault(edge.From, -1), To: index.GetValueOrDefault(edge.To, -1)))
            .Where(edge => edge.From >= 0 && edge.To >= 0)
            .ToList();
        var pairs = edges.Select(edge => (edge.From, edge.To)).ToList();
        var start = nodes.ToList().FindIndex(node => node.IsStart);
        var back = ClassifyBackEdges(nodes.Count, start, pairs);
        var discovery = Discovery(nodes.Count, start, pairs, back);
        var ranks = Ranks(nodes, pairs, back);
        var mainLine = MainLine(nodes.Count, edges.Select(edge => edge.Edge.Kind).ToList(), pairs, back);

        var maxRank = ranks.Length == 0 ? 0 : ranks.Max();
        var layers = Enumerable.Range(0, 2 * maxRank + 1).Select(_ => new List<LayoutNode>()).ToList();
        var stepNodes = new LayoutNode[nodes.Count];
        var boxSizes = nodes.Select(DiagramMeasure.Node).ToArray();
        var selfLoopReserve = new double[nodes.Count];
        foreach (var edge in edges.Where(edge => edge.From == edge.To))
        {
            selfLoopReserve[edge.From] += SelfLoopReach + DiagramMeasure.Label(edge.Edge).Width + 8;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            stepNodes[i] = new LayoutNode
            {
                Layer = 2 * ranks[i],
                Step = i,
                Width = BarAwareWidth(i, nodes, edges.Select(e => (e.From, e.To, e.Edge.Kind)).ToList(), boxSizes) + 2 * selfLoopReserve[i],
                Height = boxSizes[i].Height,
                InitialKey = discovery[i],
                IsBar = IsBarKind(nodes[i].Kind),
            };
            layers[stepNodes[i].Layer].Add(stepNodes[i]);
        }

        var chains = new List<LayoutNode>?[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var (edge, _, from, to) = edges[e];
            if (from == to)
            {
                continue;
            }

            var top = back[e] ? stepNodes[to] : stepNodes[from];
            var bottom = back[e] ? stepNodes[from] : stepNodes[to];
            var labelLayer = back[e] ? bottom.Layer - 1 : top.Layer + 1;
            var chain = new List<LayoutNode> { top };
            for (var layer = top.Layer + 1; layer < bottom.Layer; layer++)
            {
                var isLabel = layer == labelLayer && edge.Label is not null;
                var size = isLabel ? DiagramMeasure.Label(edge) : (8, 0);
                var slot = new LayoutNode
                {
                    Layer = layer,
                    Edge = e,
                    IsLabel = isLabel,
                    Width = size.Width,
                    Height = size.Height,
                    InitialKey = discovery[top.Step] + 0.5 + e * 1e-4,
                };
                layers[layer].Add(slot);
                chain.Add(slot);
            }

            chain.Add(bottom);
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                double weight = (chain[i].IsVirtual && chain[i + 1].IsVirtual ? 8 : chain[i].IsVirtual || chain[i + 1].IsVirtual ? 2 : 1) * (mainLine[e] ? 8 : 1);

                chain[i].Down.Add((chain[i + 1], weight));
                chain[i + 1].Up.Add((chain[i], weight));
            }

            chains[e] = chain;
        }

        LayerOrdering.Apply(layers);
        LayerPositioning.Apply(layers);
        var (layerTops, layerHeights) = AssignY(layers);
        Normalise(layers, out var width);
        var height = layers.Count == 0 ? 2 * Margin : layerTops[^1] + layerHeights[^1] + Margin;

        var boxes = new DiagramRect[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var slot = stepNodes[i];
            boxes[i] = new DiagramRect(slot.X - boxSizes[i].Width / 2, slot.Y, boxSizes[i].Width, boxSizes[i].Height);
        }

        var routed = EdgeRouter.Route(edges.Select(e => e.Edge).ToList(), chains, back, boxes, nodes, layerTops, layerHeights, edges.Select(e => e.From).ToList());
        var placed = nodes.Select((node, i) => new PlacedNode(node, ranks[i], boxes[i])).ToList();
        return new DiagramLayout(width, height, placed, routed);
    }

    internal static bool IsBarKind(DiagramNodeKind kind) => kind is DiagramNodeKind.Parallel or DiagramNodeKind.Join;

    /// <summary>
    /// Decides which arrows go back (return, resubmit) so that the rest have no cycle. Arrows are taken in order of how
    /// far they lead away from the start (breadth-first distance of target minus source, largest first, then file
    /// order); each is kept as a forward arrow unless it would close a cycle with the forward arrows kept so far.
    /// So <c>return</c> from approval to review goes back even when review is reached late in a parallel branch.
    /// </summary>
    internal static bool[] ClassifyBackEdges(int count, int start, List<(int From, int To)> edges)
    {
        var distance = Distances(count, start, edges);
        var back = new bool[edges.Count];
        var forward = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var byAdvance = Enumerable.Range(0, edges.Count)
            .Where(e => edges[e].From != edges[e].To)
            .OrderByDescending(e => (long)distance[edges[e].To] - distance[edges[e].From])
            .ThenBy(e => e);
        foreach (var e in byAdvance)
        {
            var (from, to) = edges[e];
            if (Reaches(forward, to, from))
            {
                back[e] = true;
            }
            else
            {
                forward[from].Add(to);
            }
        }

        return back;
    }

    private static int[] Distances(int count, int start, List<(int From, int To)> edges)
    {
        const int unreached = int.MaxValue / 2;
        var distance = Enumerable.Repeat(unreached, count).ToArray();
        if (start < 0)
        {
            return distance;
        }

        distance[start] = 0;
        var queue = new Queue<int>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (_, to) in edges.Where(edge => edge.From == node))
            {
                if (distance[to] == unreached)
                {
                    distance[to] = distance[node] + 1;
                    queue.Enqueue(to);
                }
            }
        }

        return distance;
    }

    private static bool Reaches(List<int>[] forward, int from, int to)
    {
        var seen = new HashSet<int> { from };
        var stack = new Stack<int>([from]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == to)
            {
                return true;
            }

            foreach (var next in forward[node].Where(seen.Add))
            {
                stack.Push(next);
            }
        }

        return false;
    }

    /// <summary>Depth-first discovery order over the forward arrows, from the start step first, then any step not yet reached, in file order.</summary>
    private static int[] Discovery(int count, int start, List<(int From, int To)> edges, bool[] back)
    {
        var discovery = Enumerable.Repeat(-1, count).ToArray();
        var order = 0;
        var roots = (start >= 0 ? new[] { start } : []).Concat(Enumerable.Range(0, count));
        foreach (var root in roots.Where(root => discovery[root] < 0))
        {
            var stack = new Stack<int>([root]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (discovery[node] >= 0)
                {
                    continue;
                }

                discovery[node] = order++;
                var next = Enumerable.Range(0, edges.Count).Where(e => !back[e] && edges[e].From == node).Select(e => edges[e].To).Reverse();
                foreach (var target in next.Where(target => discovery[target] < 0))
                {
                    stack.Push(target);
                }
            }
        }

        return discovery;
    }

    /// <summary>The first forward action (or then) of each step pulls harder, so the usual path runs straight down the page.</summary>
    private static bool[] MainLine(int count, List<DiagramEdgeKind> kinds, List<(int From, int To)> edges, bool[] back)
    {
        var main = new bool[edges.Count];
        for (var node = 0; node < count; node++)
        {
            var first = Enumerable.Range(0, edges.Count)
                .FirstOrDefault(e => edges[e].From == node && edges[e].To != node && !back[e] && kinds[e] != DiagramEdgeKind.Branch, -1);
            if (first >= 0)
            {
                main[first] = true;
            }
        }

        return main;
    }

    /// <summary>Longest path from a step without forward arrows into it; end steps nothing leads to (e.g. withdrawn) go to the last row.</summary>
    internal static int[] Ranks(IReadOnlyList<DiagramNode> nodes, List<(int From, int To)> edges, bool[] back)
    {
        var ranks = new int[nodes.Count];
        var inDegree = new int[nodes.Count];
        var forward = edges.Select((edge, e) => (edge.From, edge.To, Forward: !back[e] && edge.From != edge.To)).ToList();
        foreach (var edge in forward.Where(edge => edge.Forward))
        {
            inDegree[edge.To]++;
        }

        var queue = new Queue<int>(Enumerable.Range(0, nodes.Count).Where(i => inDegree[i] == 0));
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var edge in forward.Where(edge => edge.Forward && edge.From == node))
            {
                ranks[edge.To] = Math.Max(ranks[edge.To], ranks[node] + 1);
                if (--inDegree[edge.To] == 0)
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        var maxRank = ranks.DefaultIfEmpty(0).Max();
        for (var i = 0; i < nodes.Count; i++)
        {
            var untouched = edges.All(edge => edge.From != i && edge.To != i);
            if (untouched && nodes[i].Kind == DiagramNodeKind.End && !nodes[i].IsStart)
            {
                ranks[i] = maxRank;
            }
        }

        return ranks;
    }

    // A parallel bar spans its branches and a join bar the arrows coming in, so the branches sit side by side under it.
    private static double BarAwareWidth(int i, IReadOnlyList<DiagramNode> nodes, List<(int From, int To, DiagramEdgeKind Kind)> edges, (double Width, double Height)[] sizes)
    {
        var own = sizes[i].Width;
        var neighbours = nodes[i].Kind switch
        {
            DiagramNodeKind.Parallel => edges.Where(e => e.From == i && e.Kind == DiagramEdgeKind.Branch).Select(e => e.To).ToList(),
            DiagramNodeKind.Join => edges.Where(e => e.To == i && e.From != i).Select(e => e.From).Distinct().ToList(),
            _ => [],
        };
        if (neighbours.Count < 2)
        {
            return own;
        }

        var span = neighbours.Sum(n => sizes[n].Width) + LayerPositioning.StepGap * (neighbours.Count - 1) - neighbours.Average(n => sizes[n].Width) + 40;
        sizes[i] = (Math.Max(own, span), sizes[i].Height);
        return sizes[i].Width;
    }

    private static (double[] Tops, double[] Heights) AssignY(List<List<LayoutNode>> layers)
    {
        var tops = new double[layers.Count];
        var heights = new double[layers.Count];
        var y = Margin;
        for (var l = 0; l < layers.Count; l++)
        {
            heights[l] = layers[l].Select(node => node.Height).DefaultIfEmpty(0).Max();
            tops[l] = y;
            foreach (var node in layers[l])
            {
                node.Y = y + (heights[l] - node.Height) / 2;
            }

            if (heights[l] > 0 || layers[l].Count > 0)
            {
                y += heights[l] + LayerGap;
            }
        }

        return (tops, heights);
    }

    private static void Normalise(List<List<LayoutNode>> layers, out double width)
    {
        var all = layers.SelectMany(layer => layer).ToList();
        if (all.Count == 0)
        {
            width = 2 * Margin;
            return;
        }

        var shift = Margin - all.Min(node => node.X - node.Width / 2);
        foreach (var node in all)
        {
            node.X = Math.Round(node.X + shift, 1);
        }

        width = all.Max(node => node.X + node.Width / 2) + Margin;
    }
}
