using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Tests.Registration;

public class RealEstateUnitNumberTests
{
    private const string Example = "331082001001GB00001F00010001";

    [Fact]
    public void Accepts_the_domain_example_and_exposes_its_segments()
    {
        Assert.True(RealEstateUnitNumber.TryParse(Example, out var unit, out var error), error?.ToString());
        Assert.Equal(Example, unit.ToString());
        Assert.Equal("331082", unit.CountyCode);
        Assert.Equal("001", unit.CadastralDistrict);
        Assert.Equal("001", unit.CadastralSubdistrict);
        Assert.Equal("GB", unit.ParcelFeatureCode);
        Assert.Equal('G', unit.LandOwnershipCode);
        Assert.Equal('B', unit.ParcelRightCode);
        Assert.Equal("00001", unit.ParcelSequence);
        Assert.Equal("331082001001GB00001", unit.ParcelCode);
        Assert.Equal('F', unit.FixtureFeatureCode);
        Assert.Equal("00010001", unit.FixtureNumber);
        Assert.Equal("0001", unit.BuildingNumber);
        Assert.Equal("0001", unit.DwellingNumber);
    }

    [Theory]
    [InlineData("331082001001GB00001W00000000")] // bare land
    [InlineData("331082001001JC00002L00000003")] // collective, forest
    [InlineData("331082001001ZY00003Q00000001")]
    public void Accepts_other_fixture_kinds(string text)
    {
        Assert.True(RealEstateUnitNumber.TryParse(text, out var unit, out var error), error?.ToString());
        Assert.Null(unit.BuildingNumber);
        Assert.Null(unit.DwellingNumber);
    }

    [Fact]
    public void Lower_case_letters_are_normalised()
    {
        Assert.True(RealEstateUnitNumber.TryParse("331082001001gb00001f00010001", out var unit, out _));
        Assert.Equal(Example, unit.Value);
    }

    [Theory]
    [InlineData("33108A001001GB00001F00010001", "unit-number.county-code.digits", "county-code", 0, 6, "第6位")]
    [InlineData("331082X01001GB00001F00010001", "unit-number.cadastral-district.digits", "cadastral-district", 6, 3, "第7位")]
    [InlineData("33108200100XGB00001F00010001", "unit-number.cadastral-subdistrict.digits", "cadastral-subdistrict", 9, 3, "第12位")]
    [InlineData("331082001001KB00001F00010001", "unit-number.parcel-feature-code.land-ownership", "parcel-feature-code", 12, 2, "第13位")]
    [InlineData("331082001001GZ00001F00010001", "unit-number.parcel-feature-code.right-type", "parcel-feature-code", 12, 2, "第14位")]
    [InlineData("331082001001GB0000AF00010001", "unit-number.parcel-sequence.digits", "parcel-sequence", 14, 5, "第19位")]
    [InlineData("331082001001GB00001X00010001", "unit-number.fixture-feature-code.invalid", "fixture-feature-code", 19, 1, "第20位")]
    [InlineData("331082001001GB00001F0001000A", "unit-number.fixture-number.digits", "fixture-number", 20, 8, "第28位")]
    [InlineData("331082001001GB00001W00010001", "unit-number.fixture-number.none", "fixture-number", 20, 8, "00000000")]
    public void Names_the_wrong_segment(string text, string code, string segment, int offset, int length, string detail)
    {
        Assert.False(RealEstateUnitNumber.TryParse(text, out _, out var error));
        Assert.Equal(code, error!.Code);
        Assert.Equal(segment, error.Segment);
        Assert.Equal(offset, error.Offset);
        Assert.Equal(length, error.Length);
        Assert.Contains(detail, error.Message.ZhCn);
        var named = UnitNumberSegment.All.Single(s => s.Id == segment);
        Assert.Contains(named.Name.ZhCn, error.Message.ZhCn);
        Assert.Contains(named.Name.EnUs, error.Message.EnUs);
    }

    [Fact]
    public void Segment_message_gives_the_character_range()
    {
        Assert.False(RealEstateUnitNumber.TryParse("331082001001KB00001F00010001", out _, out var error));
        Assert.Contains("宗地特征码（第13–14位）", error!.Message.ZhCn);
        Assert.Contains("parcel feature code of the real-estate unit number (characters 13–14)", error.Message.EnUs);
    }

    [Theory]
    [InlineData(null, "unit-number.required")]
    [InlineData("331082001001GB00001F0001000", "unit-number.length")]
    [InlineData("331082001001GB00001F000100011", "unit-number.length")]
    public void Reports_missing_and_wrong_length(string? text, string code)
    {
        Assert.False(RealEstateUnitNumber.TryParse(text, out _, out var error));
        Assert.Equal(code, error!.Code);
        Assert.Null(error.Segment);
    }

    [Fact]
    public void Every_second_letter_of_the_parcel_feature_code_in_the_standard_is_accepted()
    {
        foreach (var letter in "ABSXCDEFHGWY")
            Assert.True(RealEstateUnitNumber.TryParse($"331082001001G{letter}00001F00010001", out _, out _), letter.ToString());
    }

    [Fact]
    public void Segments_cover_all_28_characters_without_overlap()
    {
        var next = 0;
        foreach (var segment in UnitNumberSegment.All)
        {
            Assert.Equal(next, segment.Offset);
            next += segment.Length;
        }
        Assert.Equal(RealEstateUnitNumber.Length, next);
    }
}
