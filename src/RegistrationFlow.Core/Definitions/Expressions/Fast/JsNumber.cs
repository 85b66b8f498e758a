using System.Globalization;
using System.Text;

namespace RegistrationFlow.Core.Definitions.Expressions.Fast;

/// <summary>JavaScript's conversions between numbers and strings (ECMA-262 StringToNumber and Number::toString).</summary>
internal static class JsNumber
{
    /// <summary>
    /// StringToNumber for the decimal forms. False when the fast path does not decide it: hexadecimal, octal and binary
    /// literals, and non-ASCII white space (JavaScript's set differs from .NET's).
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsAsciiWhiteSpace(text[start])) start++;
        while (end > start && IsAsciiWhiteSpace(text[end - 1])) end--;
        value = 0;
        if (start == end) return true; // empty or blank: 0
        var s = text.AsSpan(start, end - start);
        var ascii = true;
        foreach (var c in s)
        {
            if (c <= 127) continue;
            if (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u180E') return false;
            ascii = false;
        }
        if (!ascii)
        {
            value = double.NaN; // a numeric literal is ASCII only: 价格 or ١٢ are not numbers
            return true;
        }

        var i = 0;
        if (s[0] is '+' or '-') i++;
        var unsigned = s[i..];
        if (unsigned.SequenceEqual("Infinity"))
        {
            value = s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (i == 0 && s.Length > 1 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B') return false;
        if (!IsDecimalLiteral(unsigned))
        {
            value = double.NaN;
            return true;
        }
        value = double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>digits [. digits] | . digits, then an optional exponent; ASCII digits only.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        var i = 0;
        var intDigits = Digits(s, ref i);
        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fracDigits = Digits(s, ref i);
        }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            if (Digits(s, ref i) == 0) return false;
        }
        return i == s.Length;
    }

    private static int Digits(ReadOnlySpan<char> s, ref int i)
    {
        var from = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - from;
    }

    private static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>Number::toString(10): the shortest digits that round-trip, laid out as JavaScript does.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (value == 0) return "0";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        // Jint, which runs every other guard, prints an integer within long's range exactly (JavaScript would print
        // 2^60 with its shortest digits, 1152921504606847000); the two paths must agree, so this one does the same.
        if (value > long.MinValue && value < long.MaxValue && value % 1 == 0) return ((long)value).ToString(CultureInfo.InvariantCulture);
        if (value < 0) return "-" + ToString(-value);

        // .NET's "R" gives the shortest round-trip digits; re-read them as digits d and decimal point position n.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.');
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
        var all = (whole + fraction).TrimStart('0');
        var n = whole.TrimStart('0').Length > 0 ? whole.TrimStart('0').Length + exponent : -(fraction.Length - fraction.TrimStart('0').Length) + exponent;
        var digits = all.TrimEnd('0');
        var k = digits.Length;

        var sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
