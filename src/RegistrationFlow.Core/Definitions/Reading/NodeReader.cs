using System.Globalization;

namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>
/// Reads typed values out of <see cref="YamlNode"/>s, records every position in the source map, and reports wrong
/// types, unknown keys, missing keys and unknown words (with the allowed ones) instead of throwing.
/// </summary>
internal sealed class NodeReader(ProblemSink problems)
{
    private readonly Dictionary<string, SourceEntry> entries = new(StringComparer.Ordinal);

    public ProblemSink Problems => problems;
    public DefinitionSourceMap SourceMap() => new(new Dictionary<string, SourceEntry>(entries));

    public void Record(string path, SourceLocation key, YamlNode value)
    {
        var scalar = value as YamlScalar;
        entries[path] = new SourceEntry(key, value.Location, scalar?.TextStart ?? SourceLocation.Unknown, scalar?.Form == ScalarForm.Block);
    }

    /// <summary>The entries of a mapping; keys outside <paramref name="allowed"/> are reported (null allows any key).</summary>
    public MappingView? Mapping(YamlNode node, string path, IReadOnlyList<string>? allowed)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, path, "映射（键: 值）", "a mapping (key: value)");
            return null;
        }
        var kept = new List<YamlEntry>();
        foreach (var entry in mapping.Entries)
        {
            if (allowed is not null && !allowed.Contains(entry.Key.Value))
            {
                var (zhHint, enHint) = Spelling.Hint(entry.Key.Value, allowed);
                var list = string.Join(", ", allowed);
                problems.Add(entry.Key.Location, DefinitionProblemCodes.UnknownKey,
                    $"“{Label(path)}”中有未知的键“{entry.Key.Value}”{zhHint}；允许的键：{list}",
                    $"unknown key '{entry.Key.Value}' in '{Label(path)}'{enHint}; allowed: {list}");
                continue;
            }
            Record(DefinitionPath.Child(path, entry.Key.Value), entry.Key.Location, entry.Value);
            kept.Add(entry);
        }
        return new MappingView(mapping, path, kept);
    }

    public void MissingKey(MappingView mapping, string key)
    {
        var at = entries.TryGetValue(mapping.Path, out var entry) ? entry.Key : mapping.Node.Location;
        problems.Add(at, DefinitionProblemCodes.MissingKey,
            $"“{Label(mapping.Path)}”缺少必需的键“{key}”", $"'{Label(mapping.Path)}' is missing the required key '{key}'");
    }

    public YamlNode? Required(MappingView mapping, string key)
    {
        var node = mapping[key];
        if (node is null) MissingKey(mapping, key);
        return node;
    }

    public string? Text(YamlNode node, string path)
    {
        if (node is YamlScalar { Type: ScalarType.String } scalar) return scalar.Value;
        WrongType(node, path, "文字", "text");
        return null;
    }

    public int? Integer(YamlNode node, string path)
    {
        if (node is YamlScalar { Type: ScalarType.Integer } scalar && TryParseInteger(scalar.Value, out var value)) return value;
        WrongType(node, path, "整数", "a whole number");
        return null;
    }

    public decimal? Number(YamlNode node, string path)
    {
        if (node is YamlScalar { Type: ScalarType.Integer or ScalarType.Float } scalar
            && decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        WrongType(node, path, "数字", "a number");
        return null;
    }

    public bool? Boolean(YamlNode node, string path)
    {
        if (node is YamlScalar { Type: ScalarType.Boolean } scalar) return scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
        WrongType(node, path, "true 或 false", "true or false");
        return null;
    }

    public T? Word<T>(YamlNode node, string path, IReadOnlyDictionary<string, T> words) where T : struct
    {
        var list = string.Join(", ", words.Keys);
        if (node is not YamlScalar { Type: ScalarType.String } scalar)
        {
            WrongType(node, path, $"以下词之一：{list}", $"one of: {list}");
            return null;
        }
        if (words.TryGetValue(scalar.Value, out var value)) return value;
        UnknownWord(scalar, path, words.Keys);
        return null;
    }

    public void UnknownWord(YamlScalar scalar, string path, IEnumerable<string> allowed)
    {
        var (zhHint, enHint) = Spelling.Hint(scalar.Value, allowed);
        var list = string.Join(", ", allowed);
        problems.Add(scalar.Location, DefinitionProblemCodes.UnknownWord,
            $"“{Label(path)}”不接受“{scalar.Value}”{zhHint}；允许的词：{list}",
            $"'{scalar.Value}' is not allowed for '{Label(path)}'{enHint}; allowed: {list}");
    }

    /// <summary>A list of text items; items that are not text are reported and left out.</summary>
    public IReadOnlyList<string> TextList(YamlNode node, string path)
    {
        if (node is not YamlSequence sequence)
        {
            WrongType(node, path, "文字列表（例如 [a, b]）", "a list of text (e.g. [a, b])");
            return [];
        }
        var items = new List<string>();
        for (var index = 0; index < sequence.Items.Count; index++)
        {
            var item = sequence.Items[index];
            if (Text(item, DefinitionPath.Item(path, index)) is not { } text) continue;
            // Recorded under the index the item gets in the model, so that positions stay right when an item is left out.
            Record(DefinitionPath.Item(path, items.Count), item.Location, item);
            items.Add(text);
        }
        return items;
    }

    public YamlSequence? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequence sequence) return sequence;
        WrongType(node, path, "列表", "a list");
        return null;
    }

    public void WrongType(YamlNode node, string path, string expectedZh, string expectedEn) =>
        problems.Add(node.Location, DefinitionProblemCodes.WrongType,
            $"“{Label(path)}”应为{expectedZh}，而不是{ChineseKindName(node)}",
            $"'{Label(path)}' must be {expectedEn}, not {ArticleKindName(node)}");

    public void BadFormat(YamlNode node, string path, string expectedZh, string expectedEn) =>
        problems.Add(node.Location, DefinitionProblemCodes.BadFormat,
            $"“{Label(path)}”的格式不对：{expectedZh}", $"'{Label(path)}' is not in the right form: {expectedEn}");

    public static string Label(string path) => DefinitionPath.Display(path);

    private static bool TryParseInteger(string text, out int value)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
            return int.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            value = 0;
            try { value = Convert.ToInt32(text[2..], 8); return true; }
            catch (Exception e) when (e is OverflowException or FormatException) { return false; }
        }
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static string ArticleKindName(YamlNode node) => node switch
    {
        YamlScalar { Type: ScalarType.String } scalar => $"the text '{Shorten(scalar.Value)}'",
        YamlScalar { Type: ScalarType.Null } => "an empty value",
        YamlScalar scalar => $"the {scalar.KindName} {scalar.Value}",
        YamlSequence => "a list",
        _ => "a mapping",
    };

    private static string ChineseKindName(YamlNode node) => node switch
    {
        YamlScalar { Type: ScalarType.String } scalar => $"文字“{Shorten(scalar.Value)}”",
        YamlScalar { Type: ScalarType.Null } => "空值",
        YamlScalar { Type: ScalarType.Integer } scalar => $"整数 {scalar.Value}",
        YamlScalar { Type: ScalarType.Float } scalar => $"数字 {scalar.Value}",
        YamlScalar { Type: ScalarType.Boolean } scalar => $"布尔值 {scalar.Value}",
        YamlSequence => "列表",
        _ => "映射",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}

/// <summary>The kept (known, first-seen) entries of a mapping, in file order.</summary>
internal sealed class MappingView(YamlMapping node, string path, IReadOnlyList<YamlEntry> entries)
{
    public YamlMapping Node => node;
    public string Path => path;
    public IReadOnlyList<YamlEntry> Entries => entries;
    public YamlNode? this[string key] => entries.FirstOrDefault(entry => entry.Key.Value == key)?.Value;
    public YamlScalar? KeyOf(string key) => entries.FirstOrDefault(entry => entry.Key.Value == key)?.Key;
}
