namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>Test texts: variants of a definition, and the line and column of a piece of text in them.</summary>
internal static class SourceText
{
    /// <summary>The 1-based line and column where <paramref name="snippet"/> occurs (exactly once), plus <paramref name="offset"/> characters.</summary>
    public static (int Line, int Column) PositionOf(string text, string snippet, int offset = 0)
    {
        var index = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{snippet}' is not in the text");
        Assert.True(text.IndexOf(snippet, index + 1, StringComparison.Ordinal) < 0, $"'{snippet}' occurs more than once");
        index += offset;
        var line = 1 + text[..index].Count(c => c == '\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1;
        return (line, column);
    }

    /// <summary>The text with each replacement made once; each original must occur exactly once.</summary>
    public static string Replace(string text, params (string From, string To)[] replacements)
    {
        foreach (var (from, to) in replacements)
        {
            var index = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{from}' is not in the text");
            Assert.True(text.IndexOf(from, index + 1, StringComparison.Ordinal) < 0, $"'{from}' occurs more than once");
            text = text[..index] + to + text[(index + from.Length)..];
        }
        return text;
    }
}
