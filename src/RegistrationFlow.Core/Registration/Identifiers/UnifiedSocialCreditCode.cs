using System.Diagnostics.CodeAnalysis;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): registration authority (1), organisation type (1), area code (6 digits),
/// organisation code (9, with its own GB 11714 check character) and a check character over the first 17.
/// Letters are upper-cased on input.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters of the code; I, O, S, V and Z are left out. A character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>登记管理部门代码 (position 1), e.g. 9 for market regulation.</summary>
    public char RegistrationAuthority => Value[0];
    /// <summary>机构类别代码 (position 2).</summary>
    public char OrganisationType => Value[1];
    /// <summary>登记管理机关行政区划码 (positions 3–8).</summary>
    public string AreaCode => Value.Substring(2, 6);
    /// <summary>组织机构代码 (positions 9–17) including its check character.</summary>
    public string OrganisationCode => Value.Substring(8, 9);
    public char CheckCharacter => Value[17];

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(string? text, out UnifiedSocialCreditCode value, [NotNullWhen(false)] out IdentifierError? error)
    {
        value = default;
        error = Check(text, out var normalised);
        if (error is not null) return false;
        value = new UnifiedSocialCreditCode(normalised!);
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string? text) =>
        TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);

    /// <summary>The GB 32100 check character for the first 17 characters: 31 − (Σ value × 3^(i−1) mod 31) mod 31.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        int sum = 0, weight = 1;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i]);
            if (v < 0) throw new ArgumentException($"'{first17[i]}' is not a code character.", nameof(first17));
            sum += v * weight;
            weight = weight * 3 % 31;
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The GB 11714 check character for an 8-character organisation code body: 11 − Σ mod 11; 10 → X, 11 → 0.</summary>
    public static char ComputeOrganisationCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8) throw new ArgumentException("Exactly 8 characters are needed.", nameof(body));
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += OrganisationValue(body[i]) * OrganisationCodeWeights[i];
        return (11 - sum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    // GB 11714 values: digits as themselves, letters A–Z as 10–35.
    private static int OrganisationValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => throw new ArgumentException($"'{c}' is not an organisation code character."),
    };

    private static IdentifierError? Check(string? text, out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(text))
            return Error("uscc.required", "请填写统一社会信用代码", "The unified social credit code is required");

        var code = IdentifierText.Normalise(text);
        if (code.Length != Length)
            return Error("uscc.length",
                $"统一社会信用代码应为18位，实为{code.Length}位",
                $"A unified social credit code has 18 characters, this one has {code.Length}");

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.Contains(code[i])) continue;
            return Error("uscc.character",
                $"第{i + 1}位“{code[i]}”不是代码字符（只能是数字和除I、O、S、V、Z以外的大写字母）",
                $"Character {i + 1} ('{code[i]}') is not allowed (digits and capital letters except I, O, S, V, Z)");
        }

        var bad = IdentifierText.FirstNonDigit(code.AsSpan(2, 6));
        if (bad >= 0)
            return Error("uscc.area-code",
                $"第3–8位是行政区划码，必须是数字；第{bad + 3}位是“{code[bad + 2]}”",
                $"Characters 3–8 are the area code and must be digits; character {bad + 3} is '{code[bad + 2]}'");

        var expectedOrganisation = ComputeOrganisationCheckCharacter(code.AsSpan(8, 8));
        if (code[16] != expectedOrganisation)
            return Error("uscc.organisation-check-character",
                $"第9–17位组织机构代码的校验码（第17位）应为 {expectedOrganisation}，而不是 {code[16]}",
                $"The check character of the organisation code (characters 9–17) should be {expectedOrganisation} at position 17, not {code[16]}");

        var expected = ComputeCheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected)
            return Error("uscc.check-character",
                $"校验码（第18位）应为 {expected}，而不是 {code[17]}",
                $"The check character (position 18) should be {expected}, not {code[17]}");

        normalised = code;
        return null;
    }

    private static IdentifierError Error(string code, string zh, string en) => new(code, LocalizedText.Of(zh, en));
}
