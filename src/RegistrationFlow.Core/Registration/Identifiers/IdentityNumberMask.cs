namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>
/// Identity numbers shown to whoever may not see them in full (证件号码脱敏): a long number keeps its first six
/// characters (the issuing region) and its last four, enough to tell parties apart (<c>110105********002X</c>); a short
/// one keeps only its last four; four characters or fewer are hidden entirely. The one rule for screens, receipts and
/// the API.
/// </summary>
public static class IdentityNumberMask
{
    public const char Hidden = '*';
    private const int KeptEnd = 4;
    private const int KeptStart = 6;

    public static string Mask(string number)
    {
        if (number.Length <= KeptEnd) return new string(Hidden, number.Length);
        var keepStart = number.Length > KeptStart + KeptEnd ? KeptStart : 0;
        return string.Concat(number.AsSpan(0, keepStart), new string(Hidden, number.Length - keepStart - KeptEnd), number.AsSpan(number.Length - KeptEnd));
    }
}
