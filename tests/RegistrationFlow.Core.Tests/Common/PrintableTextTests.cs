using System.Text;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Tests.Common;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("张三")]
    [InlineData("临海市某制造有限公司")]
    [InlineData("O'Brien-Smith Jr.")]
    [InlineData("欧阳·娜娜")]
    [InlineData("𠀀家")] // a character outside the Basic Multilingual Plane (a surrogate pair)
    public void Names_people_write_are_printable(string name) => Assert.Null(PrintableText.FirstUnprintable(name));

    [Theory]
    [InlineData("张\0三", 0x0000)]
    [InlineData("张\u001B三", 0x001B)]
    [InlineData("张\n三", 0x000A)]
    [InlineData("abc\u202Egpj.exe", 0x202E)]
    [InlineData("张\u200B三", 0x200B)]
    [InlineData("张\u200D三", 0x200D)]
    [InlineData("\uFEFF张三", 0xFEFF)]
    [InlineData("张\u2066三", 0x2066)]
    [InlineData("张\uE000三", 0xE000)]
    public void Control_invisible_and_bidirectional_characters_are_named(string name, int codePoint) =>
        Assert.Equal(codePoint, PrintableText.FirstUnprintable(name)!.Value.Value);

    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        Assert.NotNull(PrintableText.FirstUnprintable("张\uD800三"));
        Assert.NotNull(PrintableText.FirstUnprintable("张\uDC00"));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.5", true)]
    [InlineData("1.25", true)]
    [InlineData("1.250", true)]
    [InlineData("1.255", false)]
    [InlineData("0.001", false)]
    public void Amounts_have_at_most_two_decimals(string value, bool allowed) =>
        Assert.Equal(allowed, Amounts.HasAtMostTwoDecimals(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
