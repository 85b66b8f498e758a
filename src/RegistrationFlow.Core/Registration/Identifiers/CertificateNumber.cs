using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>
/// 不动产权证书 / 不动产登记证明 number: <c>浙(2026)临海市不动产权第0000001号</c> or <c>浙(2026)临海市不动产证明第0000001号</c>.
/// Province abbreviation, year, city, kind and a 7-digit sequence (≥ 1). Full-width brackets （） are accepted on input;
/// the canonical form uses ASCII brackets.
/// </summary>
public readonly record struct CertificateNumber
{
    public const int SequenceDigits = 7;
    public const int MaxSequence = 9_999_999;
    public const int EarliestYear = 2015;
    public const int MaxCityLength = 20;

    private const string PropertyRightWord = "不动产权";
    private const string RegistrationProofWord = "不动产证明";

    /// <summary>The 31 province-level abbreviations used on mainland certificates.</summary>
    public static IReadOnlySet<char> Provinces { get; } = new HashSet<char>("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新");

    private CertificateNumber(char province, int year, string city, CertificateKind kind, int sequence)
    {
        Province = province;
        Year = year;
        City = city;
        Kind = kind;
        Sequence = sequence;
    }

    public char Province { get; }
    public int Year { get; }
    public string City { get; }
    public CertificateKind Kind { get; }
    public int Sequence { get; }

    public string Value => City is null ? string.Empty
        : $"{Province}({Year}){City}{KindWord(Kind)}第{Sequence.ToString("D7", CultureInfo.InvariantCulture)}号";

    public override string ToString() => Value;

    /// <summary>Builds the number for a newly allocated certificate. Throws <see cref="ArgumentException"/> for a value outside the format.</summary>
    public static CertificateNumber Format(string province, int year, string city, CertificateKind kind, int sequence)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(city);
        if (province.Length != 1 || !Provinces.Contains(province[0]))
            throw new ArgumentException($"'{province}' is not a province abbreviation such as 浙.", nameof(province));
        if (year is < EarliestYear or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year must be {EarliestYear}–9999.");
        if (CityError(city) is { } cityError)
            throw new ArgumentException(cityError.Message.EnUs, nameof(city));
        if (kind is not (CertificateKind.PropertyRight or CertificateKind.RegistrationProof))
            throw new ArgumentException("Only property-right certificates and registration proofs have numbers.", nameof(kind));
        if (sequence is < 1 or > MaxSequence)
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"The sequence must be 1–{MaxSequence}.");
        return new CertificateNumber(province[0], year, city, kind, sequence);
    }

    public static bool TryParse(string? text, out CertificateNumber value, [NotNullWhen(false)] out IdentifierError? error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = Error("certificate-number.required", "请填写证书号", "The certificate number is required");
            return false;
        }

        var number = IdentifierText.Normalise(text).Replace('（', '(').Replace('）', ')');

        if (!Provinces.Contains(number[0]))
        {
            error = Error("certificate-number.province",
                $"开头的“{number[0]}”不是省级简称（如“浙”）",
                $"'{number[0]}' at the start is not a province abbreviation (such as 浙)");
            return false;
        }

        if (number.Length < 7 || number[1] != '(' || number[6] != ')' || !IdentifierText.IsAsciiDigits(number.AsSpan(2, 4)))
        {
            error = Error("certificate-number.year",
                "省级简称后应为括号中的四位年份，如“(2026)”",
                "The province abbreviation must be followed by a four-digit year in brackets, such as (2026)");
            return false;
        }
        var year = int.Parse(number.AsSpan(2, 4), CultureInfo.InvariantCulture);
        if (year < EarliestYear)
        {
            error = Error("certificate-number.year",
                $"年份 {year} 早于统一不动产登记开始的 {EarliestYear} 年",
                $"The year {year} is before unified real-estate registration began in {EarliestYear}");
            return false;
        }

        var rest = number[7..];
        var (kind, wordAt, word) = FindKind(rest);
        if (kind == CertificateKind.None)
        {
            error = Error("certificate-number.kind",
                "缺少“不动产权第”或“不动产证明第”",
                "The number must contain 不动产权第 (property right) or 不动产证明第 (registration proof)");
            return false;
        }

        var city = rest[..wordAt];
        if (CityError(city) is { } cityError)
        {
            error = cityError;
            return false;
        }

        var tail = rest[(wordAt + word.Length + 1)..]; // after "第"
        if (tail.Length != SequenceDigits + 1 || tail[^1] != '号' || !IdentifierText.IsAsciiDigits(tail.AsSpan(0, SequenceDigits)))
        {
            error = Error("certificate-number.sequence",
                "“第”与“号”之间应为7位数字，如“第0000001号”",
                "There must be 7 digits between 第 and 号, such as 第0000001号");
            return false;
        }
        var sequence = int.Parse(tail.AsSpan(0, SequenceDigits), CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            error = Error("certificate-number.sequence", "顺序号不能为0000000", "The sequence number cannot be 0000000");
            return false;
        }

        value = new CertificateNumber(number[0], year, city, kind, sequence);
        error = null;
        return true;
    }

    public static CertificateNumber Parse(string? text) =>
        TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);

    private static (CertificateKind Kind, int At, string Word) FindKind(string rest)
    {
        var proof = rest.IndexOf(RegistrationProofWord + "第", StringComparison.Ordinal);
        if (proof >= 0) return (CertificateKind.RegistrationProof, proof, RegistrationProofWord);
        var right = rest.IndexOf(PropertyRightWord + "第", StringComparison.Ordinal);
        if (right >= 0) return (CertificateKind.PropertyRight, right, PropertyRightWord);
        return (CertificateKind.None, -1, "");
    }

    private static IdentifierError? CityError(string city)
    {
        if (city.Length is 0 or > MaxCityLength || !city.All(IsCjk))
            return Error("certificate-number.city",
                $"年份后应为市县名称（1–{MaxCityLength}个汉字，如“临海市”）",
                $"The year must be followed by the city or county name (1–{MaxCityLength} Chinese characters, such as 临海市)");
        return null;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string KindWord(CertificateKind kind) =>
        kind == CertificateKind.RegistrationProof ? RegistrationProofWord : PropertyRightWord;

    private static IdentifierError Error(string code, string zh, string en) => new(code, LocalizedText.Of(zh, en));
}
