namespace RegistrationFlow.Core.Definitions;

/// <summary>Finds the word a person probably meant (<c>property-rite</c> → <c>property-right</c>).</summary>
internal static class Spelling
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" in English and "（是不是“x”？）" in Chinese, or empty texts.</summary>
    public static (string ZhCn, string EnUs) Hint(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } guess ? ($"（是不是“{guess}”？）", $" (did you mean '{guess}'?)") : ("", "");

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
