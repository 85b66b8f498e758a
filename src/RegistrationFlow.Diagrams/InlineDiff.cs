using System.Text.RegularExpressions;

namespace RegistrationFlow.Diagrams;

/// <summary>A piece of one side of a changed line: <paramref name="Changed"/> when the other side does not have it.</summary>
public sealed record DiffSegment(string Text, bool Changed);

/// <summary>
/// What changed within a changed line: both sides cut into words (a Chinese character is a word of its own), spaces and
/// single marks, compared with the same shortest edit script as the lines, and joined back into runs.
/// </summary>
public static partial class InlineDiff
{
    public static (IReadOnlyList<DiffSegment> Left, IReadOnlyList<DiffSegment> Right) Of(string left, string right)
    {
        var a = Tokens(left);
        var b = Tokens(right);
        var leftSegments = new List<DiffSegment>();
        var rightSegments = new List<DiffSegment>();
        foreach (var (kind, x, y) in TextDiff.EditScript(a, b))
        {
            switch (kind)
            {
                case TextDiff.Edit.Keep:
                    Append(leftSegments, a[x], changed: false);
                    Append(rightSegments, b[y], changed: false);
                    break;
                case TextDiff.Edit.Delete:
                    Append(leftSegments, a[x], changed: true);
                    break;
                default:
                    Append(rightSegments, b[y], changed: true);
                    break;
            }
        }
        return (leftSegments, rightSegments);
    }

    internal static string[] Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    private static void Append(List<DiffSegment> segments, string token, bool changed)
    {
        if (segments.Count > 0 && segments[^1].Changed == changed)
            segments[^1] = segments[^1] with { Text = segments[^1].Text + token };
        else
            segments.Add(new DiffSegment(token, changed));
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]|[\p{L}\p{N}_]+|\s+|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}
