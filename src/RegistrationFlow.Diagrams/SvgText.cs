using System.Globalization;
using System.Text;

namespace RegistrationFlow.Diagrams;

/// <summary>Small helpers for writing SVG by hand: XML escaping and compact invariant numbers.</summary>
internal static class SvgText
{
    /// <summary>Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                case < 0x20 when c is not ('\t' or '\n' or '\r'):
                case 0xFFFE or 0xFFFF:
                    break;
                default: result.Append(rune.ToString()); break;
            }
        }

        return result.ToString();
    }

    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
