using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Tests.Registration;

public class ResidentIdTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("331082199003070016")]
    [InlineData("331082200002290039")] // 29 February of a leap year
    public void Accepts_valid_numbers(string text)
    {
        Assert.True(ResidentId.TryParse(text, out var id, out var error), error?.ToString());
        Assert.Null(error);
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Exposes_the_parts_of_the_domain_example()
    {
        var id = ResidentId.Parse("11010519491231002X");
        Assert.Equal("110105", id.AreaCode);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal("002", id.Sequence);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal('X', id.CheckCharacter);
    }

    [Theory]
    [InlineData("331082199003070016", Sex.Male)]   // sequence 001
    [InlineData("331082199003070024", Sex.Female)] // sequence 002
    public void Odd_sequence_is_male(string text, Sex sex) => Assert.Equal(sex, ResidentId.Parse(text).Sex);

    [Fact]
    public void Lower_case_x_and_surrounding_spaces_are_normalised()
    {
        Assert.True(ResidentId.TryParse("  11010519491231002x ", out var id, out _));
        Assert.Equal("11010519491231002X", id.ToString());
        Assert.Equal(ResidentId.Parse("11010519491231002X"), id);
    }

    [Theory]
    [InlineData(null, "resident-id.required")]
    [InlineData("   ", "resident-id.required")]
    [InlineData("11010519491231002", "resident-id.length")]
    [InlineData("11010519491231002X1", "resident-id.length")]
    [InlineData("1101051949123100AX", "resident-id.character")]
    [InlineData("110105194912310025Y", "resident-id.length")]
    [InlineData("11010519491231002Y", "resident-id.character")]
    [InlineData("99010519491231002X", "resident-id.area-code")]
    [InlineData("110105194902300021", "resident-id.birth-date")] // 30 February
    [InlineData("110105194913010021", "resident-id.birth-date")] // month 13
    [InlineData("110105189912310021", "resident-id.birth-date")] // before 1900
    [InlineData("110105194912310021", "resident-id.check-character")]
    public void Reports_each_failure_with_its_code(string? text, string code)
    {
        Assert.False(ResidentId.TryParse(text, out _, out var error));
        Assert.Equal(code, error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message.ZhCn));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.EnUs));
    }

    [Fact]
    public void A_wrong_check_character_names_the_expected_one()
    {
        Assert.False(ResidentId.TryParse("110105194912310021", out _, out var error));
        Assert.Contains("校验码应为 X", error!.Message.ZhCn);
        Assert.Contains("should be X", error.Message.EnUs);
    }

    [Fact]
    public void A_wrong_character_names_its_position()
    {
        Assert.False(ResidentId.TryParse("1101051949123100AX", out _, out var error));
        Assert.Contains("第17位", error!.Message.ZhCn);
        Assert.Contains("Character 17", error.Message.EnUs);
    }

    [Fact]
    public void A_future_birth_date_is_refused_only_when_today_is_known()
    {
        const string bornIn2026 = "331082202606010033";
        Assert.True(ResidentId.TryParse(bornIn2026, out _, out _));
        Assert.True(ResidentId.TryParse(bornIn2026, new DateOnly(2026, 6, 1), out _, out _));
        Assert.False(ResidentId.TryParse(bornIn2026, new DateOnly(2026, 5, 31), out _, out var error));
        Assert.Equal("resident-id.birth-date", error!.Code);
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var ex = Assert.Throws<IdentifierFormatException>(() => ResidentId.Parse("110105194912310021"));
        Assert.Equal("resident-id.check-character", ex.Error.Code);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Every_single_digit_change_is_caught()
    {
        const string valid = "331082199003070016";
        for (var i = 0; i < 17; i++)
        {
            var digit = valid[i] - '0';
            var changed = valid[..i] + (char)('0' + (digit + 1) % 10) + valid[(i + 1)..];
            Assert.False(ResidentId.TryParse(changed, out _, out _), changed);
        }
    }
}
