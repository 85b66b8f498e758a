namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// Where every key and value of a definition file stands, by path (<see cref="DefinitionPath"/>), so that a problem
/// found in the model can be reported at the exact line and column of the file. Empty for a definition built in code.
/// </summary>
public sealed class DefinitionSourceMap
{
    public static readonly DefinitionSourceMap Empty = new(new Dictionary<string, SourceEntry>());

    private readonly IReadOnlyDictionary<string, SourceEntry> entries;

    public DefinitionSourceMap(IReadOnlyDictionary<string, SourceEntry> entries) => this.entries = entries;

    public bool TryGet(string path, out SourceEntry entry) => entries.TryGetValue(path, out entry);

    /// <summary>
    /// The value at <paramref name="path"/>; when the file does not have it (a missing key), the key of the nearest
    /// enclosing element that it does have; <see cref="SourceLocation.Unknown"/> when nothing is known.
    /// </summary>
    public SourceLocation Locate(string path)
    {
        if (entries.TryGetValue(path, out var entry)) return entry.Value;
        for (var parent = DefinitionPath.Parent(path); parent is not null; parent = DefinitionPath.Parent(parent))
        {
            if (entries.TryGetValue(parent, out var enclosing)) return enclosing.Key;
        }
        return SourceLocation.Unknown;
    }

    /// <summary>The key at <paramref name="path"/> (for a list item: the item), or as <see cref="Locate"/> when it is not known.</summary>
    public SourceLocation LocateKey(string path) => entries.TryGetValue(path, out var entry) ? entry.Key : Locate(path);

    /// <summary>
    /// The file position of a 1-based line and column inside the text of the scalar at <paramref name="path"/>
    /// (used to point into a guard expression). Exact for one-line values and literal blocks (<c>|</c>); escapes inside
    /// quoted text and folded lines are not accounted for.
    /// </summary>
    public SourceLocation LocateInText(string path, int line, int column)
    {
        if (!entries.TryGetValue(path, out var entry) || entry.TextStart.Line == 0) return Locate(path);
        if (line <= 1) return entry.TextStart with { Column = entry.TextStart.Column + column - 1 };
        return entry.IsBlock
            ? new SourceLocation(entry.TextStart.Line + line - 1, entry.TextStart.Column + column - 1)
            : entry.TextStart with { Column = entry.TextStart.Column + column - 1 };
    }
}

/// <summary>The key and value positions of one element; for a scalar also where its text begins.</summary>
public readonly record struct SourceEntry(SourceLocation Key, SourceLocation Value, SourceLocation TextStart, bool IsBlock);

/// <summary>Paths of the definition language: keys joined with '/', list items by index (<c>steps/review/not-by/0</c>).</summary>
public static class DefinitionPath
{
    public const string Steps = "steps";

    public static string Of(params string[] segments) => string.Join('/', segments);
    public static string Child(string parent, string key) => parent.Length == 0 ? key : parent + "/" + key;
    public static string Item(string parent, int index) => parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static string Step(string stepId) => Steps + "/" + stepId;
    public static string StepKey(string stepId, string key) => Step(stepId) + "/" + key;
    public static string Action(string stepId, string action) => Step(stepId) + "/actions/" + action;
    public static string ActionKey(string stepId, string action, string key) => Action(stepId, action) + "/" + key;

    public static string? Parent(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut < 0 ? null : path[..cut];
    }

    /// <summary>How a person reads a path: <c>steps.review.not-by[0]</c>.</summary>
    public static string Display(string path)
    {
        if (path.Length == 0) return "(root)";
        var text = new System.Text.StringBuilder();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit)) text.Append('[').Append(segment).Append(']');
            else text.Append(text.Length == 0 ? "" : ".").Append(segment);
        }
        return text.ToString();
    }
}
