namespace RegistrationFlow.Diagrams;

/// <summary>Line-by-line comparison of two texts (e.g. two versions of a definition), laid out side by side.</summary>
public static class TextDiff
{
    /// <summary>
    /// Compares line by line with Myers' shortest edit script. Within a run of removed and added lines between two
    /// unchanged ones, removed and added lines are paired up in order as <see cref="DiffKind.Changed"/>; what is
    /// left over stays removed or added. Line ends may be \n, \r\n or \r; a final line end adds no empty line.
    /// </summary>
    public static IReadOnlyList<DiffRow> SideBySide(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = Lines(left);
        var b = Lines(right);
        var rows = new List<DiffRow>(Math.Max(a.Length, b.Length));
        var removed = new List<int>();
        var added = new List<int>();

        void Flush()
        {
            var paired = Math.Min(removed.Count, added.Count);
            for (var i = 0; i < paired; i++)
            {
                rows.Add(new DiffRow(DiffKind.Changed, removed[i] + 1, a[removed[i]], added[i] + 1, b[added[i]]));
            }

            rows.AddRange(removed.Skip(paired).Select(x => new DiffRow(DiffKind.Removed, x + 1, a[x], null, null)));
            rows.AddRange(added.Skip(paired).Select(y => new DiffRow(DiffKind.Added, null, null, y + 1, b[y])));
            removed.Clear();
            added.Clear();
        }

        foreach (var (kind, x, y) in EditScript(a, b))
        {
            switch (kind)
            {
                case Edit.Keep:
                    Flush();
                    rows.Add(new DiffRow(DiffKind.Unchanged, x + 1, a[x], y + 1, b[y]));
                    break;
                case Edit.Delete:
                    removed.Add(x);
                    break;
                default:
                    added.Add(y);
                    break;
            }
        }

        Flush();
        return rows;
    }

    internal static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    internal enum Edit { Keep, Delete, Insert }

    /// <summary>Myers' O((N+M)D) algorithm; the common start and end are taken off first so D stays small for versions of one file.</summary>
    internal static List<(Edit Kind, int X, int Y)> EditScript(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var script = new List<(Edit, int, int)>();
        for (var i = 0; i < prefix; i++)
        {
            script.Add((Edit.Keep, i, i));
        }

        script.AddRange(Middle(a, b, prefix, a.Length - suffix, b.Length - suffix));
        for (var i = suffix; i > 0; i--)
        {
            script.Add((Edit.Keep, a.Length - i, b.Length - i));
        }

        return script;
    }

    // Shortest edit script for a[start..aEnd) against b[start..bEnd), forward search with a trace of each round.
    private static List<(Edit, int, int)> Middle(string[] a, string[] b, int start, int aEnd, int bEnd)
    {
        var n = aEnd - start;
        var m = bEnd - start;
        var result = new List<(Edit, int, int)>();
        if (n == 0 || m == 0)
        {
            for (var x = 0; x < n; x++)
            {
                result.Add((Edit.Delete, start + x, -1));
            }

            for (var y = 0; y < m; y++)
            {
                result.Add((Edit.Insert, -1, start + y));
            }

            return result;
        }

        var max = n + m;
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        var (cx, cy) = (n, m);
        for (var d = found; d > 0; d--)
        {
            var previous = trace[d];
            var k = cx - cy;
            var prevK = k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = previous[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                result.Add((Edit.Keep, start + cx, start + cy));
            }

            if (cx == prevX)
            {
                cy--;
                result.Add((Edit.Insert, -1, start + cy));
            }
            else
            {
                cx--;
                result.Add((Edit.Delete, start + cx, -1));
            }
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            result.Add((Edit.Keep, start + cx, start + cy));
        }

        result.Reverse();
        return result;
    }
}
