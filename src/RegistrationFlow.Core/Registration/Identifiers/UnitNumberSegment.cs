using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Registration.Identifiers;

/// <summary>One part of a 不动产单元号 (GB/T 37346-2019): its id, its name and its characters (0-based).</summary>
public sealed record UnitNumberSegment(string Id, LocalizedText Name, int Offset, int Length)
{
    public static readonly UnitNumberSegment CountyCode =
        new("county-code", LocalizedText.Of("县级行政区划代码", "county code"), 0, 6);
    public static readonly UnitNumberSegment CadastralDistrict =
        new("cadastral-district", LocalizedText.Of("地籍区", "cadastral district"), 6, 3);
    public static readonly UnitNumberSegment CadastralSubdistrict =
        new("cadastral-subdistrict", LocalizedText.Of("地籍子区", "cadastral sub-district"), 9, 3);
    public static readonly UnitNumberSegment ParcelFeatureCode =
        new("parcel-feature-code", LocalizedText.Of("宗地特征码", "parcel feature code"), 12, 2);
    public static readonly UnitNumberSegment ParcelSequence =
        new("parcel-sequence", LocalizedText.Of("宗地顺序号", "parcel sequence number"), 14, 5);
    public static readonly UnitNumberSegment FixtureFeatureCode =
        new("fixture-feature-code", LocalizedText.Of("定着物特征码", "fixture feature code"), 19, 1);
    public static readonly UnitNumberSegment FixtureNumber =
        new("fixture-number", LocalizedText.Of("定着物单元编号", "fixture unit number"), 20, 8);

    public static IReadOnlyList<UnitNumberSegment> All { get; } =
        [CountyCode, CadastralDistrict, CadastralSubdistrict, ParcelFeatureCode, ParcelSequence, FixtureFeatureCode, FixtureNumber];

    /// <summary>1-based positions for people, e.g. "13–14".</summary>
    public string Positions => Length == 1 ? $"{Offset + 1}" : $"{Offset + 1}–{Offset + Length}";
}
