using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Identifiers;

public enum Sex { Female, Male }

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit area code, birth date YYYYMMDD, 3-digit sequence (odd = male) and a check
/// character over the first 17 digits. A lower-case <c>x</c> is accepted and stored as <c>X</c>.
/// </summary>
public readonly record struct ResidentId
{
    public const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Province-level prefixes of GB/T 2260 area codes (81/82/83: Hong Kong, Macao and Taiwan residence permits).</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private ResidentId(string value) => Value = value;

    /// <summary>The canonical 18 characters, check character upper-case.</summary>
    public string Value { get; }

    public string AreaCode => Value[..6];
    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
    public string Sequence => Value.Substring(14, 3);
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
    public char CheckCharacter => Value[17];

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(string? text, out ResidentId value, [NotNullWhen(false)] out IdentifierError? error) =>
        TryParse(text, null, out value, out error);

    /// <summary>As <see cref="TryParse(string?, out ResidentId, out IdentifierError?)"/>; with <paramref name="today"/> a birth date after it is refused.</summary>
    public static bool TryParse(string? text, DateOnly? today, out ResidentId value, [NotNullWhen(false)] out IdentifierError? error)
    {
        value = default;
        error = Check(text, today, out var normalised);
        if (error is not null) return false;
        value = new ResidentId(normalised!);
        return true;
    }

    public static ResidentId Parse(string? text, DateOnly? today = null) =>
        TryParse(text, today, out var value, out var error) ? value : throw new IdentifierFormatException(error);

    /// <summary>The check character the first 17 digits call for.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length != 17 || !IdentifierText.IsAsciiDigits(first17Digits))
            throw new ArgumentException("Exactly 17 digits are needed.", nameof(first17Digits));
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17Digits[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    private static IdentifierError? Check(string? text, DateOnly? today, out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(text))
            return Error("resident-id.required", "请填写居民身份证号码", "The resident ID number is required");

        var id = IdentifierText.Normalise(text);
        if (id.Length != Length)
            return Error("resident-id.length",
                $"居民身份证号码应为18位，实为{id.Length}位",
                $"A resident ID number has 18 characters, this one has {id.Length}");

        var bad = IdentifierText.FirstNonDigit(id.AsSpan(0, 17));
        if (bad >= 0)
            return Error("resident-id.character",
                $"第{bad + 1}位“{id[bad]}”不是数字；前17位必须是数字",
                $"Character {bad + 1} ('{id[bad]}') is not a digit; the first 17 characters must be digits");
        if (!char.IsAsciiDigit(id[17]) && id[17] != 'X')
            return Error("resident-id.character",
                $"第18位“{id[17]}”无效；校验码只能是数字或X",
                $"Character 18 ('{id[17]}') is invalid; the check character is a digit or X");

        if (!Provinces.Contains(id[..2]))
            return Error("resident-id.area-code",
                $"地址码“{id[..6]}”不是有效的行政区划代码（省级代码“{id[..2]}”不存在）",
                $"Area code {id[..6]} is not a valid division code (there is no province {id[..2]})");

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            return Error("resident-id.birth-date",
                $"出生日期“{id.Substring(6, 8)}”不是真实的日期",
                $"Birth date {id.Substring(6, 8)} is not a real date");
        if (birth < EarliestBirthDate)
            return Error("resident-id.birth-date",
                $"出生日期“{id.Substring(6, 8)}”早于1900年",
                $"Birth date {id.Substring(6, 8)} is before 1900");
        if (today is { } now && birth > now)
            return Error("resident-id.birth-date",
                $"出生日期“{id.Substring(6, 8)}”晚于今天",
                $"Birth date {id.Substring(6, 8)} is in the future");

        var expected = ComputeCheckCharacter(id.AsSpan(0, 17));
        if (id[17] != expected)
            return Error("resident-id.check-character",
                $"校验码应为 {expected}，而不是 {id[17]}",
                $"The check character should be {expected}, not {id[17]}");

        normalised = id;
        return null;
    }

    private static IdentifierError Error(string code, string zh, string en) => new(code, LocalizedText.Of(zh, en));
}
