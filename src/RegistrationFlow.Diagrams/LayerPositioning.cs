namespace RegistrationFlow.Diagrams;

/// <summary>
/// Gives every node its x: each node is pulled towards its neighbours in the layers above and below (arrows
/// through virtual slots pull harder, so long arrows run straight), while nodes in a layer keep their order and a
/// minimum gap. Each layer is solved exactly by weighted isotonic regression; sweeping over the layers repeatedly
/// settles the whole picture.
/// </summary>
internal static class LayerPositioning
{
    private const int Sweeps = 150;
    public const double StepGap = 36;
    public const double VirtualGap = 14;

    public static void Apply(List<List<LayoutNode>> layers)
    {
        foreach (var layer in layers)
        {
            var x = 0.0;
            for (var i = 0; i < layer.Count; i++)
            {
                x += i == 0 ? layer[i].Width / 2 : Separation(layer[i - 1], layer[i]);
                layer[i].X = x;
            }
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            for (var l = 0; l < layers.Count; l++)
            {
                Place(layers[l]);
            }

            for (var l = layers.Count - 1; l >= 0; l--)
            {
                Place(layers[l]);
            }
        }
    }

    public static double Separation(LayoutNode left, LayoutNode right) =>
        (left.Width + right.Width) / 2 + (left.IsVirtual || right.IsVirtual ? VirtualGap : StepGap);

    private static void Place(List<LayoutNode> layer)
    {
        if (layer.Count == 0)
        {
            return;
        }

        var count = layer.Count;
        var offsets = new double[count];
        var targets = new double[count];
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = i == 0 ? 0 : offsets[i - 1] + Separation(layer[i - 1], layer[i]);
            var node = layer[i];
            var weight = 0.0;
            var sum = 0.0;
            foreach (var (neighbour, linkWeight) in node.Up.Concat(node.Down))
            {
                if (node.IsBar == neighbour.IsBar)
                {
                    weight += linkWeight;
                    sum += linkWeight * neighbour.X;
                }
                else
                {
                    // An arrow can meet a bar anywhere along it: the pull is only the distance to the bar's nearer end,
                    // with a weak pull towards its centre so that a bar stays centred over its branches.
                    weight += linkWeight * (1 + BarCentring);
                    sum += linkWeight * (AlongBar(node, neighbour) + BarCentring * neighbour.X);
                }
            }

            var desired = weight > 0 ? sum / weight : node.X;
            weights[i] = weight > 0 ? weight : 1e-3;
            targets[i] = desired - offsets[i];
        }

        var solved = IsotonicRegression(targets, weights);
        for (var i = 0; i < count; i++)
        {
            layer[i].X = solved[i] + offsets[i];
        }
    }

    private const double BarCentring = 0.05;
    private const double BarInset = 12;

    // Where `node` would have to be for the arrow between it and the other end (one of them a bar) to run straight.
    private static double AlongBar(LayoutNode node, LayoutNode neighbour)
    {
        if (neighbour.IsBar)
        {
            var reach = Math.Max(0, neighbour.Width / 2 - BarInset);
            return Math.Clamp(node.X, neighbour.X - reach, neighbour.X + reach);
        }

        var own = Math.Max(0, node.Width / 2 - BarInset);
        return Math.Clamp(node.X, neighbour.X - own, neighbour.X + own);
    }

    /// <summary>Weighted least squares fit that never decreases (pool adjacent violators).</summary>
    private static double[] IsotonicRegression(double[] values, double[] weights)
    {
        var blockValue = new List<double>();
        var blockWeight = new List<double>();
        var blockSize = new List<int>();
        for (var i = 0; i < values.Length; i++)
        {
            blockValue.Add(values[i]);
            blockWeight.Add(weights[i]);
            blockSize.Add(1);
            while (blockValue.Count > 1 && blockValue[^2] > blockValue[^1])
            {
                var weight = blockWeight[^2] + blockWeight[^1];
                var value = (blockValue[^2] * blockWeight[^2] + blockValue[^1] * blockWeight[^1]) / weight;
                var size = blockSize[^2] + blockSize[^1];
                blockValue.RemoveAt(blockValue.Count - 1);
                blockWeight.RemoveAt(blockWeight.Count - 1);
                blockSize.RemoveAt(blockSize.Count - 1);
                blockValue[^1] = value;
                blockWeight[^1] = weight;
                blockSize[^1] = size;
            }
        }

        var result = new double[values.Length];
        var index = 0;
        for (var b = 0; b < blockValue.Count; b++)
        {
            for (var j = 0; j < blockSize[b]; j++)
            {
                result[index++] = blockValue[b];
            }
        }

        return result;
    }
}
