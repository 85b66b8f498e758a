namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>Small helpers shared by the identifier parsers.</summary>
internal static class IdentifierText
{
    /// <summary>Trims surrounding white space (including the ideographic space U+3000) and upper-cases ASCII letters.</summary>
    public static string Normalise(string text) => text.Trim().ToUpperInvariant();

    public static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>Index of the first character that is not an ASCII digit, or -1.</summary>
    public static int FirstNonDigit(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return i;
        }
        return -1;
    }
}
