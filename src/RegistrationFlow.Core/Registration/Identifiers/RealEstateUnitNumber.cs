using System.Diagnostics.CodeAnalysis;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>
/// 不动产单元号 (GB/T 37346-2019), 28 characters and no check digit:
/// county code (6) + 地籍区 (3) + 地籍子区 (3) + 宗地特征码 (2 letters) + 宗地顺序号 (5) + 定着物特征码 (F/L/Q/W) +
/// 定着物单元编号 (8; for F 幢号 4 + 户号 4, for W 00000000). Letters are upper-cased on input.
/// An error names the segment that is wrong (see <see cref="UnitNumberSegment"/>).
/// </summary>
public readonly record struct RealEstateUnitNumber
{
    public const int Length = 28;

    /// <summary>First letter of the parcel feature code: G 国有 (state), J 集体 (collective), Z 未确权 (undetermined).</summary>
    public const string LandOwnershipCodes = "GJZ";
    /// <summary>Second letter of the parcel feature code: the kind of right on the parcel.</summary>
    public const string ParcelRightCodes = "ABSXCDEFHGWY";
    /// <summary>F 房屋等建筑物/构筑物, L 森林/林木, Q 其他, W 无定着物.</summary>
    public const string FixtureCodes = "FLQW";

    private RealEstateUnitNumber(string value) => Value = value;

    public string Value { get; }

    public string CountyCode => Slice(UnitNumberSegment.CountyCode);
    public string CadastralDistrict => Slice(UnitNumberSegment.CadastralDistrict);
    public string CadastralSubdistrict => Slice(UnitNumberSegment.CadastralSubdistrict);
    /// <summary>宗地特征码, two letters, e.g. GB.</summary>
    public string ParcelFeatureCode => Slice(UnitNumberSegment.ParcelFeatureCode);
    public char LandOwnershipCode => Value[12];
    public char ParcelRightCode => Value[13];
    public string ParcelSequence => Slice(UnitNumberSegment.ParcelSequence);
    /// <summary>宗地代码: the first 19 characters, which identify the parcel.</summary>
    public string ParcelCode => Value[..19];
    public char FixtureFeatureCode => Value[19];
    public string FixtureNumber => Slice(UnitNumberSegment.FixtureNumber);
    /// <summary>幢号 when the fixture is a building (F), otherwise null.</summary>
    public string? BuildingNumber => FixtureFeatureCode == 'F' ? Value.Substring(20, 4) : null;
    /// <summary>户号 when the fixture is a building (F), otherwise null.</summary>
    public string? DwellingNumber => FixtureFeatureCode == 'F' ? Value.Substring(24, 4) : null;

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(string? text, out RealEstateUnitNumber value, [NotNullWhen(false)] out IdentifierError? error)
    {
        value = default;
        error = Check(text, out var normalised);
        if (error is not null) return false;
        value = new RealEstateUnitNumber(normalised!);
        return true;
    }

    public static RealEstateUnitNumber Parse(string? text) =>
        TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);

    private string Slice(UnitNumberSegment segment) => Value.Substring(segment.Offset, segment.Length);

    private static IdentifierError? Check(string? text, out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(text))
            return new IdentifierError("unit-number.required", LocalizedText.Of("请填写不动产单元号", "The real-estate unit number is required"));

        var number = IdentifierText.Normalise(text);
        if (number.Length != Length)
            return new IdentifierError("unit-number.length", LocalizedText.Of(
                $"不动产单元号应为28位，实为{number.Length}位",
                $"A real-estate unit number has 28 characters, this one has {number.Length}"));

        var error =
            Digits(number, UnitNumberSegment.CountyCode)
            ?? Digits(number, UnitNumberSegment.CadastralDistrict)
            ?? Digits(number, UnitNumberSegment.CadastralSubdistrict)
            ?? ParcelFeature(number)
            ?? Digits(number, UnitNumberSegment.ParcelSequence)
            ?? Fixture(number);
        if (error is not null) return error;

        normalised = number;
        return null;
    }

    private static IdentifierError? Digits(string number, UnitNumberSegment segment)
    {
        var bad = IdentifierText.FirstNonDigit(number.AsSpan(segment.Offset, segment.Length));
        if (bad < 0) return null;
        var at = segment.Offset + bad;
        return SegmentError(segment, "digits",
            $"必须是{segment.Length}位数字，第{at + 1}位是“{number[at]}”",
            $"must be {segment.Length} digits, character {at + 1} is '{number[at]}'");
    }

    private static IdentifierError? ParcelFeature(string number)
    {
        var segment = UnitNumberSegment.ParcelFeatureCode;
        var ownership = number[12];
        if (!LandOwnershipCodes.Contains(ownership))
            return SegmentError(segment, "land-ownership",
                $"第13位“{ownership}”无效，应为 G（国有）、J（集体）或 Z（未确权）",
                $"character 13 ('{ownership}') is invalid; it must be G (state), J (collective) or Z (undetermined)");
        var right = number[13];
        if (!ParcelRightCodes.Contains(right))
            return SegmentError(segment, "right-type",
                $"第14位“{right}”无效，应为 A、B、S、X、C、D、E、F、H、G、W、Y 之一",
                $"character 14 ('{right}') is invalid; it must be one of A, B, S, X, C, D, E, F, H, G, W, Y");
        return null;
    }

    private static IdentifierError? Fixture(string number)
    {
        var code = number[19];
        if (!FixtureCodes.Contains(code))
            return SegmentError(UnitNumberSegment.FixtureFeatureCode, "invalid",
                $"第20位“{code}”无效，应为 F（房屋）、L（林木）、Q（其他）或 W（无定着物）",
                $"character 20 ('{code}') is invalid; it must be F (building), L (forest), Q (other) or W (none)");

        var segment = UnitNumberSegment.FixtureNumber;
        if (code == 'W' && number[20..] != "00000000")
            return SegmentError(segment, "none",
                "定着物特征码为 W（无定着物）时必须是 00000000",
                "must be 00000000 when the fixture feature code is W (no fixture)");
        return Digits(number, segment);
    }

    private static IdentifierError SegmentError(UnitNumberSegment segment, string reason, string zh, string en) =>
        new($"unit-number.{segment.Id}.{reason}", LocalizedText.Of(
            $"不动产单元号的{segment.Name.ZhCn}（第{segment.Positions}位）{zh}",
            $"The {segment.Name.EnUs} of the real-estate unit number (characters {segment.Positions}) {en}"))
        {
            Segment = segment.Id,
            Offset = segment.Offset,
            Length = segment.Length,
        };
}
