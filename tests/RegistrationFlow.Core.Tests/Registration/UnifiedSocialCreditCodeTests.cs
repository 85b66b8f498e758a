using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Tests.Registration;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // DOMAIN.md example
    [InlineData("91331082MA2AB123X7")] // organisation check 10 → X
    [InlineData("91331082MA00100105")] // organisation check 11 → 0
    [InlineData("91331082MA00100960")] // main check 31 → 0
    public void Accepts_valid_codes(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out var error), error?.ToString());
        Assert.Equal(text, code.ToString());
    }

    [Fact]
    public void Exposes_the_parts()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationType);
        Assert.Equal("350100", code.AreaCode);
        Assert.Equal("M000100Y4", code.OrganisationCode);
        Assert.Equal('3', code.CheckCharacter);
    }

    [Fact]
    public void Lower_case_is_normalised()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(" 91350100m000100y43 ", out var code, out _));
        Assert.Equal("91350100M000100Y43", code.Value);
    }

    [Theory]
    [InlineData("", "uscc.required")]
    [InlineData("91350100M000100Y4", "uscc.length")]
    [InlineData("91350100M000100I43", "uscc.character")] // I is not in the alphabet
    [InlineData("91350100O000100Y43", "uscc.character")] // nor O
    [InlineData("91350100M000100Y4-", "uscc.character")]
    [InlineData("9135A100M000100Y43", "uscc.area-code")]
    [InlineData("91350100M000100Y53", "uscc.organisation-check-character")]
    [InlineData("91350100M000100Y44", "uscc.check-character")]
    public void Reports_each_failure_with_its_code(string text, string code)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out _, out var error));
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void A_wrong_check_character_names_the_expected_one()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out _, out var error));
        Assert.Contains("应为 3", error!.Message.ZhCn);
        Assert.Contains("should be 3", error.Message.EnUs);
    }

    [Fact]
    public void A_wrong_organisation_check_names_the_expected_one_and_the_positions()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y53", out _, out var error));
        Assert.Contains("组织机构代码", error!.Message.ZhCn);
        Assert.Contains("应为 4", error.Message.ZhCn);
        Assert.Contains("organisation code (characters 9–17) should be 4", error.Message.EnUs);
    }

    [Fact]
    public void The_character_error_names_the_position()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100I43", out _, out var error));
        Assert.Contains("第16位", error!.Message.ZhCn);
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var ex = Assert.Throws<IdentifierFormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));
        Assert.Equal("uscc.check-character", ex.Error.Code);
    }
}
