using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.LoadTest.Data;

namespace RegistrationFlow.LoadTest.Tests.LoadTest;

public sealed class TestIdentifiersTests
{
    private readonly TestIdentifiers _ids = new(new Random(20260302));

    [Fact]
    public void Generated_resident_ids_pass_the_core_validation()
    {
        var today = new DateOnly(2026, 3, 2);
        for (var i = 0; i < 5000; i++)
        {
            var text = _ids.ResidentId();
            Assert.True(ResidentId.TryParse(text, today, out var id, out var error), $"{text}: {error?.Code}");
            Assert.Equal(text, id.Value);
        }
    }

    [Fact]
    public void Generated_resident_ids_use_every_check_character_including_X()
    {
        var checks = Enumerable.Range(0, 5000).Select(_ => _ids.ResidentId()[17]).ToHashSet();

        Assert.Equal("0123456789X".ToHashSet(), checks);
    }

    [Fact]
    public void Generated_credit_codes_pass_the_core_validation_including_the_organisation_check()
    {
        for (var i = 0; i < 5000; i++)
        {
            var text = _ids.Uscc();
            Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out var error), $"{text}: {error?.Code}");
            Assert.Equal(TestIdentifiers.CountyCode, code.AreaCode);
        }
    }

    [Fact]
    public void Generated_unit_numbers_are_valid_dwellings_in_Linhai_and_never_repeat()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 30_000; i++)
        {
            var text = _ids.UnitNumber();
            Assert.True(RealEstateUnitNumber.TryParse(text, out var unit, out var error), $"{text}: {error?.Code}");
            Assert.Equal(TestIdentifiers.CountyCode, unit.CountyCode);
            Assert.Equal('F', unit.FixtureFeatureCode);
            Assert.True(seen.Add(text), $"{text} was generated twice");
        }
    }

    [Fact]
    public void Two_generators_use_different_cadastral_prefixes()
    {
        var a = new TestIdentifiers(new Random(1)).UnitNumber();
        var b = new TestIdentifiers(new Random(2)).UnitNumber();

        Assert.NotEqual(a[..12], b[..12]);
    }
}
