namespace RegistrationFlow.Diagrams;

/// <summary>Rows of a comparison as shown: <see cref="Folded"/> when they are a long run of unchanged lines, hidden until asked for.</summary>
public sealed record DiffBlock(IReadOnlyList<DiffRow> Rows, bool Folded);

/// <summary>Folds the unchanged runs of a comparison, keeping a few lines of context on each side of every change.</summary>
public static class DiffFolding
{
    public const int Context = 3;

    public static IReadOnlyList<DiffBlock> Fold(IReadOnlyList<DiffRow> rows, int context = Context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var blocks = new List<DiffBlock>();
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            var unchanged = rows[start].Kind == DiffKind.Unchanged;
            while (end < rows.Count && (rows[end].Kind == DiffKind.Unchanged) == unchanged) end++;
            var run = rows.Skip(start).Take(end - start).ToList();
            if (!unchanged)
            {
                blocks.Add(new DiffBlock(run, Folded: false));
            }
            else
            {
                var keepBefore = start == 0 ? 0 : context;          // context after the change above
                var keepAfter = end == rows.Count ? 0 : context;    // context before the change below
                if (run.Count <= keepBefore + keepAfter + 1)
                {
                    blocks.Add(new DiffBlock(run, Folded: false));
                }
                else
                {
                    if (keepBefore > 0) blocks.Add(new DiffBlock(run.Take(keepBefore).ToList(), Folded: false));
                    blocks.Add(new DiffBlock(run.Skip(keepBefore).Take(run.Count - keepBefore - keepAfter).ToList(), Folded: true));
                    if (keepAfter > 0) blocks.Add(new DiffBlock(run.Skip(run.Count - keepAfter).ToList(), Folded: false));
                }
            }
            start = end;
        }
        return blocks;
    }
}
