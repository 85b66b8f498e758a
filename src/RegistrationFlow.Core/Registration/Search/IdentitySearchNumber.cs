using System.Diagnostics.CodeAnalysis;
using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Registration.Search;

/// <summary>
/// When a search text is a party's identity number: a whole, valid 居民身份证号码 (GB 11643) or 统一社会信用代码
/// (GB 32100). Only such a text is looked up in the identity index; a partial or mistyped number is not, so nobody can
/// find people by trying the start of a number.
/// </summary>
public static class IdentitySearchNumber
{
    public const string ResidentId = "resident-id";
    public const string CreditCode = "uscc";

    /// <summary>The number in its canonical form and which kind it is, when <paramref name="text"/> is one.</summary>
    public static bool TryRead(string? text, [NotNullWhen(true)] out string? number, [NotNullWhen(true)] out string? kind)
    {
        if (Identifiers.ResidentId.TryParse(text, out var id, out _))
        {
            (number, kind) = (id.Value, ResidentId);
            return true;
        }
        if (UnifiedSocialCreditCode.TryParse(text, out var code, out _))
        {
            (number, kind) = (code.Value, CreditCode);
            return true;
        }
        (number, kind) = (null, null);
        return false;
    }

    /// <summary>The form an identity number is indexed and looked up in: trimmed, letters upper-case (<c>x</c> → <c>X</c>).</summary>
    public static string Normalise(string number) => number.Trim().ToUpperInvariant();
}
