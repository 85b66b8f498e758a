using System.Text;

namespace RegistrationFlow.Diagrams;

/// <summary>
/// Estimates how wide text will be without a font file: Chinese characters are one em wide, Latin letters about
/// half to three quarters. The estimates lean wide so that text fits its box in the common CJK sans-serif fonts.
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += EmWidth(rune);
        }

        return ems * fontSize * (bold ? 1.06 : 1.0);
    }

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/>: between words, or between any two Chinese characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var token in Tokens(text))
        {
            var candidate = line.Length == 0 ? token.TrimStart() : line + token;
            if (line.Length > 0 && !IsClosingPunctuation(token) && Width(candidate.TrimEnd(), fontSize, bold) > maxWidth)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(token.TrimStart());
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>Cuts text to fit, ending with an ellipsis.</summary>
    public static string Truncate(string text, double fontSize, double maxWidth)
    {
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var result = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Width(result + rune.ToString() + "…", fontSize) > maxWidth)
            {
                break;
            }

            result.Append(rune.ToString());
        }

        return result.Append('…').ToString();
    }

    // A token is a Chinese character, or a run of other characters with the spaces before it.
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.ToString();
            if (IsWide(rune))
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                    token.Clear();
                }

                yield return value;
                inWord = false;
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                if (inWord)
                {
                    yield return token.ToString();
                    token.Clear();
                    inWord = false;
                }

                token.Append(value);
            }
            else
            {
                token.Append(value);
                inWord = true;
            }
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    // Chinese typesetting never starts a line with closing punctuation.
    private static bool IsClosingPunctuation(string token) => token.Length == 1 && "，。、；：！？）」』》”’,.;:!?)".Contains(token[0]);

    private static double EmWidth(Rune rune)
    {
        if (IsWide(rune))
        {
            return 1.0;
        }

        var c = rune.Value;
        return c switch
        {
            ' ' => 0.3,
            'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.3,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.4,
            'm' or 'w' or 'M' or 'W' or '@' => 0.9,
            >= 'A' and <= 'Z' => 0.7,
            >= 'a' and <= 'z' or >= '0' and <= '9' => 0.58,
            _ => 0.62,
        };
    }

    /// <summary>East Asian wide and full-width characters (CJK, kana, Hangul, full-width forms and punctuation).</summary>
    internal static bool IsWide(Rune rune)
    {
        var c = rune.Value;
        return c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD
            || c == 0x2026 || c == 0x201C || c == 0x201D;
    }
}
