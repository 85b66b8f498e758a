using System.Text;

namespace RegistrationFlow.Core.Registration.Search;

/// <summary>
/// An address is found by any fragment of it (<c>幸福小区</c> in <c>临海市古城街道幸福小区 3 幢 201 室</c>) through its
/// character pairs: each address is indexed by every two neighbouring characters of its normalised form, and a fragment
/// finds the addresses that hold all of its pairs. A fragment must have at least two characters.
/// </summary>
public static class AddressBigrams
{
    /// <summary>
    /// Compatibility forms folded (full-width <c>１０１</c> and <c>Ａ</c> read as <c>101</c> and <c>A</c>), white space
    /// removed (<c>1 幢</c> and <c>1幢</c> match), letters upper-case.
    /// </summary>
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune)) kept.Append(Rune.ToUpperInvariant(rune).ToString());
        }
        return kept.ToString();
    }

    /// <summary>The distinct pairs of neighbouring characters of the normalised text, in order; none for fewer than two characters.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var runes = Normalise(text).EnumerateRunes().Select(r => r.ToString()).ToList();
        var pairs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            var pair = runes[i] + runes[i + 1];
            if (seen.Add(pair)) pairs.Add(pair);
        }
        return pairs;
    }
}
