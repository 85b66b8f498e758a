using System.Globalization;
using System.Text;

namespace RegistrationFlow.Core.Common;

/// <summary>
/// Text a person can read and an officer can print: no control characters (NUL, escapes, line breaks), no invisible
/// formatting characters (zero-width spaces and joiners, byte-order marks, bidirectional overrides such as U+202E that
/// make a name read differently from how it is stored), no unpaired surrogates, no unassigned or private-use code points.
/// </summary>
public static class PrintableText
{
    /// <summary>The first character that is not printable, or null when every character is.</summary>
    public static Rune? FirstUnprintable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                return Rune.ReplacementChar; // an unpaired surrogate
            if (!IsPrintable(rune)) return rune;
            index += consumed;
        }
        return null;
    }

    public static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };

    /// <summary>How a refused character is named in a message: its code point (it may be invisible).</summary>
    public static string Describe(Rune rune) => $"U+{rune.Value:X4}";
}
